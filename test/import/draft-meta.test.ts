import { describe, expect, it } from 'vitest';
import { dateIn, draftMeta } from '../../src/import/draft-meta.ts';
import { ReportMeta } from '../../src/schemas/report-meta.ts';

describe('the draft report.meta.json', () => {
  it('reads the place, year and day from the dateline, whatever the file calls itself', () => {
    const { meta, date } = draftMeta(
      ['政府工作报告', '——2022年1月5日在张店区第十八届人民代表大会第一次会议上', '区长 李四', '各位代表：', '正文。'],
      { title: 'Microsoft Word - 2022年政府工作报告.docx', date: '2022-01-12' },
    );
    expect(meta).toEqual({
      title: '张店区政府工作报告（2022年）',
      issuer: '张店区人民政府',
      year: 2022,
      note: '本站文本以正式发布文本为准',
    });
    expect(date).toBe('2022-01-05');
  });

  it("names the State Council for the national congress's report, and reads a date in Chinese numerals", () => {
    const national = draftMeta(
      ['——2024年3月5日在第十四届全国人民代表大会第二次会议上', '国务院总理 李强', '各位代表：'],
      {},
    );
    expect([national.meta.title, national.meta.issuer, national.date]).toEqual([
      '政府工作报告（2024年）',
      '国务院',
      '2024-03-05',
    ]);
    const province = draftMeta(['——二〇二三年一月十六日在山东省第十四届人民代表大会第一次会议上', '各位代表：'], {});
    expect([province.meta.issuer, province.meta.year, province.date]).toEqual(['山东省人民政府', 2023, '2023-01-16']);
  });

  it("falls back on the speaker's line, then on the file's title and publication date, and says so", () => {
    const { meta, date, notes } = draftMeta(['汕头市人民政府市长曾风保', '各位代表：'], {
      title: '2023年政府工作报告',
      date: '2023-02-01 10:00',
    });
    expect([meta.title, meta.issuer, date]).toEqual(['汕头市政府工作报告（2023年）', '汕头市人民政府', '2023-02-01']);
    expect(notes.join('\n')).toMatch(/报告人一行[\s\S]*年份取自文件的标题[\s\S]*发布日期/);
  });

  it('leaves placeholders where nothing says, still valid against the schema, and names them', () => {
    const { meta, notes } = draftMeta(['各位代表：', '正文。'], {});
    expect(ReportMeta.safeParse(meta).success).toBe(true);
    expect(meta.issuer).toBe('（请填写发布机关）');
    expect(notes.join('\n')).toContain('没有找到年份');
  });

  it('reads the usual ways of writing a date', () => {
    expect(
      ['2022-01-10 09:30', '2022/1/9', '2022年1月5日', '二〇二二年十二月三十一日', '2022年13月5日'].map(dateIn),
    ).toEqual(['2022-01-10', '2022-01-09', '2022-01-05', '2022-12-31', undefined]);
  });
});
