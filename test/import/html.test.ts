import { describe, expect, it } from 'vitest';
import { importHtml } from '../../src/import/html.ts';
import { importReport } from '../../src/import/import-report.ts';
import { asMhtml, cmsPage, savedPage, type Cms, type PageMeta } from './fixtures/make-html.ts';

// A small report with what pages do to text: a soft break (⏎, a <br> inside a paragraph), a
// table, characters of markup as text, figures beside Chinese.
const LINES = [
  '政府工作报告',
  '——2022年1月5日在张店区第十八届人民代表大会第一次会议上',
  '区长 李四',
  '各位代表：',
  '现在，我代表区人民政府，向大会报告工作，请予审议，并请区政协委员和列席会议的同志提出意见。',
  '一、过去五年工作回顾',
  '五年来，地区生产总值年均增长5.3%，达到757.5亿元；“双减”落地见效，<10%>{a}*b*&c。这一段写得很长，长到网页的源代码在六十个字的地方把它折成了两行，浏览器不显示这个换行。',
  '这一段在网页里被⏎一个换行隔开。',
  '附件',
  '重点事项\t牵头单位\t实际进度',
  '修路\t住建局\t已完成',
];
const EXPECTED = `${LINES.map((line) => line.replace('⏎', '')).join('\n')}\n`;
const META: PageMeta = {
  title: '2022年张店区政府工作报告',
  date: '2022-01-10 09:30',
  source: '张店区人民政府',
  url: 'http://www.zhangdian.gov.cn/art/2022/1/10/art_1.html',
};

describe('a saved article page', () => {
  const containers: [Cms, string][] = [
    ['trs', 'TRS WCM'],
    ['trs-ueditor', 'TRS WCM'],
    ['hanweb', 'Hanweb (<!--ContentStart-->)'],
    ['ucap', 'UCAP'],
  ];
  for (const [cms, name] of containers) {
    it(`imports the body of a ${cms} page to exactly its text, from the ${name} container`, async () => {
      const result = await importReport(savedPage(cms, LINES, META));
      expect(result.format).toBe('html');
      expect(result.text).toBe(EXPECTED);
      expect(result.notes[0]).toContain(name);
    });
  }

  it('finds the body of a page no CMS marks by its paragraphs, and says it guessed', async () => {
    const result = await importReport(savedPage('unknown', LINES, META));
    expect(result.text).toBe(EXPECTED);
    expect(result.notes[0]).toContain('猜测');
  });

  it("drafts the meta from the cover lines and takes the page's address", async () => {
    const result = await importReport(savedPage('ucap', LINES, META));
    expect(result.meta).toEqual({
      title: '张店区政府工作报告（2022年）',
      issuer: '张店区人民政府',
      year: 2022,
      sourceUrl: META.url,
      note: '本站文本以正式发布文本为准',
    });
    expect(result.date).toBe('2022-01-05');
  });

  it('imports a page saved as a single file (.mhtml)', async () => {
    const result = await importReport(asMhtml(cmsPage('trs', LINES, META), META.url));
    expect(result.format).toBe('mhtml');
    expect(result.text).toBe(EXPECTED);
  });

  it('splits a body of <br>-separated paragraphs where a new one is indented or a sentence ends', () => {
    const page = `<html><body><div id="zoom"><!--ContentStart-->　　各位代表：<br>　　现在，我代表市人民政府，<br>向大会报告工作。<br>过去五年，<br><br>&nbsp;&nbsp;我们取得了成绩。<br>一、工作回顾<br>发展稳中有进。<!--ContentEnd--></div>【打印】【关闭窗口】</body></html>`;
    const { lines, notes } = importHtml(page);
    expect(lines).toEqual([
      '各位代表：',
      '现在，我代表市人民政府，向大会报告工作。',
      '过去五年，',
      '我们取得了成绩。',
      '一、工作回顾发展稳中有进。',
    ]);
    // The join that a heading may be is named, for the publisher to check.
    expect(notes.join('\n')).toContain('工作回顾⏎发展稳中有进');
  });
});
