import { getCollection, type CollectionEntry } from 'astro:content';

export type SectionEntry = CollectionEntry<'sections'>;

/** All sections in reading order: the opening address, the parts, then any appendices. */
export async function getSections(): Promise<SectionEntry[]> {
  const sections = await getCollection('sections');
  return sections.sort((a, b) => a.data.order - b.data.order);
}

/** The sections before and after one, for the previous/next links at the end of a page. */
export function neighbours(sections: SectionEntry[], slug: string) {
  const index = sections.findIndex((section) => section.data.slug === slug);
  return { prev: sections[index - 1]?.data, next: sections[index + 1]?.data };
}
