// The share cards of a collection: one a place, for every page of its reports and its own page,
// and one for the collection's pages (see scripts/lib/share-images.ts for why not one a page).
import { BASE_PATH } from '../../src/config/site.ts';
import { collectionImage, levelLabel, placeImage, placesOf, yearSpan } from '../../src/lib/collection-pages.ts';
import type { SiteManifest } from '../../src/schemas/site-manifest.ts';
import type { ShareImageJob } from './share-images.ts';

/** The file of an image, relative to the site's folder, from its URL under the base. */
const fileOf = (url: string) => url.slice(BASE_PATH.length);

export function collectionShareImages(manifest: SiteManifest): ShareImageJob[] {
  const places = placesOf(manifest);
  return [
    {
      file: fileOf(collectionImage(BASE_PATH)),
      card: {
        kicker: `${places.length} 个地方 · ${manifest.reports.length} 份报告`,
        title: manifest.title,
        footer: '逐段编号 · 全文检索 · 一键引用',
      },
    },
    ...places.map((place) => ({
      file: fileOf(placeImage(BASE_PATH, place.id)),
      card: {
        kicker: `${levelLabel(place.level)} · ${place.reports.length} 份报告 · ${yearSpan(place.reports)}年`,
        title: `${place.name}政府工作报告`,
        footer: '逐段编号 · 全文检索 · 一键引用',
      },
    })),
  ];
}
