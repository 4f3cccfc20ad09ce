import type { AstroIntegration } from 'astro';

/**
 * The collection's own pages, added only to a collection's build: its home page at the root (where
 * the single site has its report), a page a level and a page a place, and the pages of targets followed. They live under
 * src/pages/_collection/, which Astro does not route by itself.
 */
export function collectionRoutes(enabled: boolean): AstroIntegration {
  return {
    name: 'collection-routes',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        if (!enabled) return;
        injectRoute({ pattern: '/', entrypoint: './src/pages/_collection/index.astro' });
        injectRoute({ pattern: '/level/[level]', entrypoint: './src/pages/_collection/level.astro' });
        injectRoute({ pattern: '/[place]', entrypoint: './src/pages/_collection/place.astro' });
        // Targets followed (issue 19): the indicators, an indicator's places × years, a year's chains.
        injectRoute({ pattern: '/indicators', entrypoint: './src/pages/_collection/indicators.astro' });
        injectRoute({
          pattern: '/indicators/[indicator]/[...scope]',
          entrypoint: './src/pages/_collection/indicator.astro',
        });
        injectRoute({ pattern: '/years/[year]/[...scope]', entrypoint: './src/pages/_collection/year.astro' });
      },
    },
  };
}
