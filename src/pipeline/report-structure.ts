import type { SectionSlug } from '../schemas/section.ts';

/** How a part of this genre of report is recognised: by the words of its heading, not its line. */
export interface PartPattern {
  slug: Exclude<SectionSlug, 'opening'>;
  /** What a reader calls the part, for error messages. */
  name: string;
  /** Matches the part's heading line. */
  heading: RegExp;
}

/** The parts of a 政府工作报告, in the order they must appear. */
export const PARTS: readonly PartPattern[] = [
  { slug: 'review', name: '工作回顾', heading: /回顾/ },
  { slug: 'goals', name: '思路目标', heading: /思路目标/ },
  { slug: 'tasks', name: '目标任务和工作重点', heading: /目标任务|工作重点/ },
  { slug: 'governance', name: '政府自身建设', heading: /治理能力|自身建设/ },
];

/** A heading is a short whole line: body paragraphs run to hundreds of characters. */
export const MAX_HEADING_LENGTH = 30;

/** Sentence punctuation never ends or splits a part heading. */
const SENTENCE_PUNCTUATION = /[。！？：；，!?:;]/;

/** A sub-part heading starts with a Chinese numeral and 、: 一、聚力提升产业品质…. */
const SUB_PART = /^[一二三四五六七八九十]+、/;

/** A sub-part heading is a title, not a paragraph that happens to start with a numeral. */
export const MAX_SUB_PART_LENGTH = 60;

export function matchPartHeading(text: string): PartPattern | undefined {
  if ([...text].length > MAX_HEADING_LENGTH || SENTENCE_PUNCTUATION.test(text)) return undefined;
  return PARTS.find((part) => part.heading.test(text));
}

export function isSubPartHeading(text: string): boolean {
  return SUB_PART.test(text) && [...text].length <= MAX_SUB_PART_LENGTH && !/[。！？]/.test(text);
}
