import { beforeAll, describe, expect, it } from 'vitest';
import { importReport, type ImportResult } from '../../src/import/import-report.ts';
import { makeDocx, makeWordml2003, OFFICIAL_LEVELS, type DocxBlock } from './fixtures/make-docx.ts';

// A small report as a Word document holds it: the numbers of 一、 （一） 1. are Word's (one list,
// its parts linked through a WPS-style numeric style id "2"), the appendix's list starts again,
// a bold run-in head, a soft line break, a table, a header and a footer with a page number.
const BLOCKS: DocxBlock[] = [
  { text: '政府工作报告' },
  { text: '——2023年1月5日在某市第十五届人民代表大会第三次会议上' },
  { text: '市长 张三' },
  { text: '各位代表：' },
  { text: '现在，我代表市人民政府，向大会报告工作，请予审议。' },
  { text: '2022年工作回顾', style: '2' },
  { text: '过去一年，我们坚持稳中求进。' },
  { text: '稳增长保就业成效明显。地区生产总值增长5%。', list: { id: 1, level: 1 } },
  { text: '改革开放持续深化。', list: { id: 1, level: 1 } },
  { text: '加强政治建设。', list: { id: 1, level: 2 } },
  { text: '提升履职能力。', list: { id: 1, level: 2 } },
  { text: '2023年工作安排', style: '2' },
  { text: '千方百计扩投资促消费', list: { id: 1, level: 1 } },
  { bold: '大力发展城市经济。', text: '推进总部经济“引凤”工程，<全年>{新增}*企业*100家。' },
  { text: '这一段在 Word 里有一个手动换行，\n接着写完。' },
  { text: '附件' },
  {
    table: [
      ['重点事项', '牵头单位', '实际进度'],
      ['一、打通断头路', '市住房城乡建设局', '已完成。'],
    ],
  },
  { text: '新增城镇就业1万人。', list: { id: 2, level: 0 } },
  { text: '改造老旧小区50个。', list: { id: 2, level: 0 } },
];

const EXPECTED = [
  '政府工作报告',
  '——2023年1月5日在某市第十五届人民代表大会第三次会议上',
  '市长 张三',
  '各位代表：',
  '现在，我代表市人民政府，向大会报告工作，请予审议。',
  '一、2022年工作回顾',
  '过去一年，我们坚持稳中求进。',
  '（一）稳增长保就业成效明显。地区生产总值增长5%。',
  '（二）改革开放持续深化。',
  '1.加强政治建设。',
  '2.提升履职能力。',
  '二、2023年工作安排',
  '（一）千方百计扩投资促消费',
  '大力发展城市经济。推进总部经济“引凤”工程，<全年>{新增}*企业*100家。',
  '这一段在 Word 里有一个手动换行，接着写完。',
  '附件',
  '重点事项\t牵头单位\t实际进度',
  '一、打通断头路\t市住房城乡建设局\t已完成。',
  '一、新增城镇就业1万人。',
  '二、改造老旧小区50个。',
];

describe('a Word file (.docx)', () => {
  let result: ImportResult;
  beforeAll(async () => {
    const docx = await makeDocx({
      blocks: BLOCKS,
      abstracts: { 0: OFFICIAL_LEVELS },
      lists: { 1: { abstract: 0 }, 2: { abstract: 0, startOverride: { 0: 1 } } },
      styles: { '2': { name: 'heading 1', list: { id: 1, level: 0 } } },
      title: '政府工作报告',
    });
    result = await importReport(docx);
  });

  it('imports to exactly its text: numbers written out, table rows, soft breaks joined, no header or footer', () => {
    expect(result.format).toBe('docx');
    expect(result.text).toBe(`${EXPECTED.join('\n')}\n`);
  });

  it('says that it wrote the automatic numbers out', () => {
    expect(result.notes.join('\n')).toContain('9 个自动编号已写成文字');
  });

  it('drafts the meta from the cover lines', () => {
    expect(result.meta).toEqual({
      title: '某市政府工作报告（2023年）',
      issuer: '某市人民政府',
      year: 2023,
      note: '本站文本以正式发布文本为准',
    });
    expect(result.date).toBe('2023-01-05');
  });
});

describe('a Word 2003 XML file under a .docx name', () => {
  it('imports to exactly its text, its lists numbered as Word numbers them', async () => {
    const xml = makeWordml2003(
      [
        { text: '各位代表：' },
        { text: '2022年工作回顾', list: { id: 1, level: 0 } },
        { text: '稳增长保就业成效明显。', list: { id: 1, level: 1 } },
        { bold: '大力发展城市经济。', text: '推进总部经济。' },
        {
          table: [
            ['事项', '单位'],
            ['修路', '住建局'],
          ],
        },
        { text: '2023年工作安排', list: { id: 1, level: 0 } },
        { text: '附件说明', list: { id: 2, level: 0 } },
      ],
      OFFICIAL_LEVELS,
      { 2: 1 },
    );
    const result = await importReport(new TextEncoder().encode(xml));
    expect(result.format).toBe('wordml-2003');
    expect(result.text).toBe(
      [
        '各位代表：',
        '一、2022年工作回顾',
        '（一）稳增长保就业成效明显。',
        '大力发展城市经济。推进总部经济。',
        '事项\t单位',
        '修路\t住建局',
        '二、2023年工作安排',
        '一、附件说明',
        '',
      ].join('\n'),
    );
  });
});
