// The queries of the search tests, by kind, for e2e/search.test.ts and for `npm run bench search`
// (every one of them has a first-search budget). The expected results are never listed: the rule
// computes them.
import type { Report } from '../src/schemas/report.ts';

/**
 * Runs of two to five Chinese characters cut from random places of the report, the same ones on
 * every run: they find the queries that no one thought of, such as 产业园 (园 inside 公园).
 */
function phrasesCutFromReport(report: Report, count: number): string[] {
  const texts = report.sections.flatMap((section) => section.blocks.map((block) => block.text));
  let seed = 2022;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const phrases = new Set<string>();
  while (phrases.size < count) {
    const text = texts[Math.floor(random() * texts.length)]!;
    const length = 2 + Math.floor(random() * 4);
    const at = Math.floor(random() * Math.max(1, text.length - length));
    const phrase = text.slice(at, at + length);
    if (/^\p{Script=Han}+$/u.test(phrase)) phrases.add(phrase);
  }
  return [...phrases];
}

/** Queries as some readers type them (Traditional, full-width), and the forms of the report they mean. */
export const FORGIVEN: Record<string, string> = {
  雙減: '双减',
  營商環境: '营商环境',
  老舊小區改造: '老旧小区改造',
  '雙減 課後服務': '双减 课后服务',
  數字經濟: '数字经济',
  '７５７．５亿元': '757.5亿元',
  ＲＣＥＰ: 'RCEP',
  'ＰＭ２．５': 'PM2.5',
  '５．３％': '5.3%',
  '２＋４　產業': '2+4 产业',
};

/** Reader queries by kind, for this report. */
export function searchQueries(report: Report): Record<string, string[]> {
  return {
    'a two- to four-character word': [
      '双减',
      '老旧小区',
      '农贸',
      '养老',
      '医疗',
      '就业',
      '疫情防控',
      '营商环境',
      '绿波',
      '棚改',
      '幼儿园',
      '数字经济',
      '一网通办',
      '一网统管',
      '产业链',
      '发展',
    ],
    'a proper name': [
      '科汇股份',
      '张店',
      '淄博新区',
      '冯北路',
      '火车站南广场',
      '鼎成嘉和大厦',
      '北苑小学',
      '淄博高新区',
    ],
    'a number with its unit': ['757.5亿元', '5.3%', '1.4倍', '3162套', '146.3公里', '4.7万余户', '15.7万平方米'],
    'a Latin abbreviation': ['RCEP', 'rcep', 'PM2.5', 'AA+', 'GDP', 'IGBT', '2+4'],
    'two words': ['人才 公寓', '老旧小区 改造', '疫情 防控', '科技 企业', '双减 课后服务', '2+4 产业'],
    'a compound typed without spaces': [
      '科技创新平台',
      '老旧小区改造',
      '人才公寓',
      '中小学幼儿园',
      '营商环境优化',
      '数字经济园区',
    ],
    'a single character or a symbol': ['区', '年', '园', '%'],
    'Traditional characters or full-width forms': Object.keys(FORGIVEN),
    'a phrase cut from the report at random': phrasesCutFromReport(report, 24),
    'a query the report does not answer': [
      '火星',
      '元宇宙',
      'iPhone',
      '核电站',
      '量子计算',
      '高铁',
      '招商引资',
      '城市管理体制',
      '张店 火星',
    ],
  };
}
