import { describe, expect, it } from 'vitest';
import { searchRecords } from '../src/search/search-records.ts';
import { build, realSource } from './helpers.ts';

const { report } = build(realSource, '/zd2022/');
const records = searchRecords(report);
const blocks = report.sections.flatMap((section) => section.blocks);

describe('the search records', () => {
  it('are one per paragraph and heading, with the block’s text and URL, in Chinese', () => {
    expect(records.map((record) => [record.url, record.content])).toEqual(
      blocks.map((block) => [block.url, block.text]),
    );
    expect(new Set(records.map((record) => record.language))).toEqual(new Set(['zh-cn']));
  });

  it('say which part, sub-part and paragraph number a record is', () => {
    const p40 = records.find((record) => record.url === '/zd2022/tasks/#p40')!;
    const tasks = report.sections.find((section) => section.slug === 'tasks')!;
    const subPart = tasks.blocks.filter((block) => block.kind === 'heading' && block.level === 2).at(3)!;
    expect(p40.meta).toEqual({
      title: '第40段',
      kind: 'paragraph',
      part: 'tasks',
      partTitle: tasks.title,
      subPart: subPart.text,
      number: '40',
    });
    expect(records.find((record) => record.url === '/zd2022/#p1')?.meta).toMatchObject({
      part: 'opening',
      partTitle: '开篇',
      subPart: '',
    });
    expect(records.find((record) => record.url === '/zd2022/tasks/#tasks-1')?.meta).toMatchObject({
      kind: 'heading',
      number: '',
      subPart: '',
    });
  });
});
