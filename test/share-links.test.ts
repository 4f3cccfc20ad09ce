import { describe, expect, it } from 'vitest';
import { absoluteUrl, blockLabel, citation } from '../src/share/share-links.ts';

describe('absoluteUrl', () => {
  it('puts a site-relative URL on the site origin, base path and fragment kept', () => {
    expect(absoluteUrl('https://example.org', '/tasks/#p40')).toBe('https://example.org/tasks/#p40');
    expect(absoluteUrl('https://example.org/', '/zd2022/tasks/#p40')).toBe('https://example.org/zd2022/tasks/#p40');
  });
});

describe('citation', () => {
  it('names the report, the paragraph and its link', () => {
    expect(
      citation(
        '张店区政府工作报告（2022年）',
        blockLabel({ kind: 'paragraph', number: 40 }),
        'https://example.org/tasks/#p40',
      ),
    ).toBe('《张店区政府工作报告（2022年）》第40段 https://example.org/tasks/#p40');
  });

  it('names a heading by its text', () => {
    expect(blockLabel({ kind: 'heading', text: ' 一、聚力提升产业品质 ' })).toBe('“一、聚力提升产业品质”');
  });
});
