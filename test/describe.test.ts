import { describe as suite, expect, it } from 'vitest';
import { describe } from '../src/pipeline/outline.ts';
import { build, realSource } from './helpers.ts';

suite('describe (meta descriptions)', () => {
  const sections = build(realSource).report.sections;

  it('starts with the section’s first paragraph', () => {
    for (const section of sections) {
      const first = section.blocks.find((block) => block.kind === 'paragraph')!;
      expect(describe(section.blocks).startsWith(first.text.slice(0, 20))).toBe(true);
    }
  });

  it('reads on past a first paragraph too short for a preview, such as 各位代表：', () => {
    const opening = describe(sections[0]!.blocks);
    expect(opening.startsWith('各位代表：现在，我代表区人民政府')).toBe(true);
  });

  it('stops at 110 characters with an ellipsis', () => {
    for (const section of sections) expect([...describe(section.blocks)].length).toBeLessThanOrEqual(111);
    expect(describe(sections[1]!.blocks).endsWith('…')).toBe(true);
  });
});
