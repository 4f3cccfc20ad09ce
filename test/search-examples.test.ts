import { describe, expect, it } from 'vitest';
import { searchExamples } from '../src/search/search-examples.ts';
import { build, realSource } from './helpers.ts';

describe('search examples', () => {
  it('suggests the report’s most used quoted terms, ties in the text’s order', () => {
    const { report } = build(realSource);
    const examples = searchExamples(report);
    expect(examples).toHaveLength(3);
    const text = report.sections.flatMap((section) => section.blocks.map((block) => block.text)).join('\n');
    const uses = (term: string) => text.split(`“${term}”`).length - 1;
    for (const term of examples) expect(uses(term)).toBeGreaterThanOrEqual(2);
    expect(uses(examples[0]!)).toBeGreaterThanOrEqual(uses(examples[1]!));
    expect(examples[0]).toBe('2+4');
  });

  it('suggests nothing when the report quotes no short term', () => {
    const { report } = build(realSource);
    const plain = {
      ...report,
      sections: report.sections.map((section) => ({
        ...section,
        blocks: section.blocks.map((block) => ({ ...block, text: block.text.replace(/[“”]/g, '') })),
      })),
    };
    expect(searchExamples(plain)).toEqual([]);
  });
});
