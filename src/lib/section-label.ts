/** What the navigation calls the opening address, which has no heading of its own. */
export const OPENING_LABEL = '开篇';

/** A section's name wherever the site names it: its heading, or 开篇 for the opening address. */
export function sectionLabel(section: { slug: string; title: string }): string {
  return section.slug === 'opening' ? OPENING_LABEL : section.title;
}
