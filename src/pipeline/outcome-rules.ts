/**
 * How the genre states last year's results in a report's review, as data beside the targets'
 * vocabulary (`indicators.ts`) and phrasing (`figure-rules.ts`): where the review is, which
 * sentences speak of another period or another place, which words qualify a result, and how a
 * target's status is read. `outcomes.ts` and `target-status.ts` apply them; nothing here names one
 * report.
 */
import type { PlaceLevel } from '../schemas/report-meta.ts';

/** The parts that plan rather than review: without the report's own targets, the review ends at the first. */
export const PLAN_PARTS = new Set(['targets', 'tasks', 'governance']);

/**
 * A paragraph about a plan's whole period, not last year: 五年来，…, ——这五年，…, 过去五年…,
 * “十三五”时期…, 本届政府任职的五年…, a term's since its start (省十三届人大一次会议以来的五年, 本届政府以来的
 * 四年), found at its start. Every figure in it is a five-year summary.
 */
export const FIVE_YEAR_PARAGRAPH =
  /^[—\-－\s（(一二三四五六七八九十）)、是]{0,6}(?:(?:这|过去的?|近|本届政府任职的|本届政府的)[五5５]年|[五5５]年(?:来|间|里|中))|^[^，。]{0,8}“?十[一二三四五六七八九]五”?(?:时期|期间|以来)|^[^，。！？]{0,20}以来的[四五45４５]年|^\d{4}年?[至到—\-－~～]\d{4}年/;

/**
 * Words a paragraph may open with before saying it is about five years: an address (各位代表！) and
 * one short sentence without a number (本届省政府任期已满。五年来，…).
 */
export const PARAGRAPH_LEAD = { address: /^各位代表[，,！!]\s*/, sentence: /^[^。！？\d]{1,15}[。！？]\s*/ };

/**
 * A paragraph about the year reviewed, which ends a run of five-year paragraphs: 过去一年…, 一年来…,
 * 刚刚过去的2017年…, 2022年是….
 */
export const ONE_YEAR_PARAGRAPH =
  /^(?:各位代表[，,！!]\s*)?[^，。]{0,6}(?:过去一年|过去的一年|一年来|去年|刚刚过去的|\d{4}年(?![至到—\-－~～]))/;

/**
 * Inside a five-year paragraph, the words that bring a sentence back to the year reviewed (5年来，
 * 经济保持快速增长，去年地区生产总值1.81万亿元，比上年增长8.4%): its clauses from there are read.
 * 比上年 compares the year with the one before, so it is the year's too (城镇居民人均可支配收入突破2万元，
 * 比上年增长14.1%, the name before the mark carrying into it).
 * YEAR stands for the year reviewed (2021年地区生产总值…).
 */
export const YEAR_MARK = /去年|过去一年|比上年|YEAR年(?!以来|至|到)/;

/**
 * A clause about more than the year: a mean or a sum over years (年均, 累计), a plan's period
 * (“十三五”, 五年), a comparison with a year long past (比2010年翻一番, 2016年以来).
 */
export const NOT_THE_YEAR =
  /年均|平均每年|累计|五年|十[一二三四五六七八九]五|翻一番|翻番|比\d{4}年|\d{4}年以来|以来|连续\d+年|历史上|近\d+年/;

/**
 * Part of a year only: 上半年, 一季度, 前三季度, 1—11月, quarter by quarter (增幅从2%逐季递升至3.5%;
 * not 增速逐季提高，全年增长4.5%, whose figure is the year's). Not the year's result.
 */
export const PART_OF_YEAR =
  /上半年|下半年|[一二三四1-4]季度|逐季[^，,；;]*\d|\d+\s*[-—–~～至到]\s*\d+\s*月|\d+月份?(?:以来|末)?/;

/** A clause that states a plan or a target, not a result: 完成年度计划的120.6%, 超过预期目标. */
export const PLAN_WORDS = /目标|预期(?!的)|计划|力争|确保|今年|明年/;

/**
 * Another place's figure in a report of this level: the nation's in a province's review (好于全国,
 * 占全国), the province's in a city's. The nation's own report has none.
 */
export const OTHER_PLACES: Record<PlaceLevel, RegExp | undefined> = {
  national: /全球|世界|国际/,
  province: /全国|我国|国内(?!生产总值)|中央|全球|世界/,
  city: /全国|我国|国内(?!生产总值)|中央|全省|我省|全区(?=生产总值|经济)|全球|世界/,
  district: /全国|我国|国内(?!生产总值)|中央|全省|我省|全市|我市|全球|世界/,
};

/**
 * A remark about the result before it that compares it with another place (占全国11.2%, 居全国首位,
 * 高于全省1.2个百分点): a clause of its own even after 、 and with a figure, so that its place does not
 * drop the result, and no new subject, so that the result's name carries past it (…、居全国首位，同比增长8.6%).
 */
export const REMARK = /^(?:占|居|位居|位列|列|高于|低于|快于|慢于|好于)(?:全国|全省|全市|全区|我国|我省|全球|世界)/;

/**
 * A name that narrows an indicator to a part of it (贫困地区农村居民人均可支配收入, 民营企业进出口,
 * 跨境电商进出口, 开发区地区生产总值) or to a share (占比, 比重, 贡献率): not the indicator's result.
 * A sector (制造业, 服务业实际使用外资) is a part too; 服务业增加值 is read outside its own words.
 */
export const PART_OF_INDICATOR =
  /来源于|贫困|脱贫|扶贫|低收入|园区|开发区|高新区|新区|县域|民营|民间|国有|私营|外资企业|外商投资企业|跨境|网上|网络|电商|农村地区|中心城区|城区|试验区|自贸|示范区|港口|海关|口岸|一般贸易|加工贸易|服务贸易|高技术|高新技术|战略性新兴|制造业|服务业|装备|占比|比重|占|贡献率|份额|位次|排名|居全/;

/**
 * Indicators that are themselves a share (全社会研发经费支出占GDP比重, 研发投入占比), and the words that
 * make one a share of a part (企业研发投入占比超过80%, enterprises' part of R&D; 企业研发投入强度).
 */
export const SHARE_INDICATORS = new Set(['rd-intensity']);
export const PART_OF_SHARE = /企业|高校|科研院所/;

/**
 * Trade with a partner or a group of them (对“一带一路”沿线国家和地区进出口, 对东盟出口, 对非洲、拉美市场
 * 出口): a part of the indicator, which a review often states before the total. Not 对外贸易, nor 面对….
 */
export const PARTNERS =
  /(?<![面针应相绝])对(?!外)[^，。；\s]{1,16}(?:进出口|出口|进口)|一带一路|沿线国家|东盟|欧盟|RCEP/;

/**
 * The words between a result's name and its value that carry no name of their own: a clause made
 * of them states more of the name before it (国内生产总值达到67.7万亿元，增长6.9%; 总量突破90万亿元),
 * and the basis it is counted on (财政总收入558亿元，按省口径计算增长16.8%; 同口径, 按可比口径).
 */
export const CONTINUATION =
  /^(?:按(?:省|市|全省|全市|国家|同|可比|新)?口径(?:计算)?|同口径|可比口径|比上年|比去年|较上年|较去年|同比|全年|总量|总额|规模|增速|增幅|实际|名义|按可比价格计算|按可比价计算|按可比价|可比价|可比|分别|其中|又|再|并|且|也|均|总|共|达|为)*$/;

/**
 * A clause that gives a list's names their values again, in order: 分别增长6.7%和6.6%, or without
 * 分别 a change of as many values (城乡居民人均可支配收入分别实现37675元、16364元，增长8.8%、9.4%).
 */
export const LIST_AGAIN =
  /^(?:分别|(?:比上年|较上年|比去年|同比)?(?:增长|下降|提高|上涨|上升|增)[\d.]+[%％]?[、和及][\d.]+)/;

/**
 * Words that make another series of one indicator: a target of 户籍人口城镇化率 is answered only by
 * a result that names it too, and one of 城镇化率 (常住) only by a result that does not.
 */
export const DISTINCT_NAMES = /户籍/;

/** How a result is qualified in its words: each flag with the words that set it. */
export const OUTCOME_FLAGS = {
  /** 预计全年…: an estimate, the statistics not yet final when the report was delivered. */
  estimate: /预计|预测|估计/,
  /** 初步统计, 初步核算, 初步测算. */
  preliminary: /初步/,
  /** 增长7%左右. */
  about: /^(?:左右|上下)/,
  /** 同口径增长, 可比口径增长. */
  'same-basis': /同口径|可比口径|同比口径|可比增长/,
  /** 扣除…因素, 剔除…因素: the value after removing something. */
  excluding: /(?:扣除|剔除|扣减|不含|不考虑)[^，。；]{0,30}(?:因素|影响|后)?/,
  /** 按可比价格计算: a real growth rate. */
  'comparable-prices': /可比价/,
  /** 超过40万亿元, 突破1万亿元, 5.3%以下: a bound, not a value. */
  bound: /^(?:以上|以下|以内|多|余)|(?:超过|突破|超|逾|不到|不足|接近|近)$/,
} as const;
export type OutcomeFlag = keyof typeof OUTCOME_FLAGS;
export const OUTCOME_FLAG_IDS = Object.keys(OUTCOME_FLAGS) as [OutcomeFlag, ...OutcomeFlag[]];

/** What the pages and panel.csv call each flag. */
export const OUTCOME_FLAG_LABELS: Record<OutcomeFlag, string> = {
  estimate: '预计',
  preliminary: '初步',
  about: '左右',
  'same-basis': '同口径',
  excluding: '扣除因素',
  'comparable-prices': '可比价',
  bound: '约数或界限',
};

/**
 * Indicators whose targets are limits (a ceiling, not a floor): the lower the better. For the
 * others a bare value (增长6%) is a floor: the outcome meets it at or above it. A `decrease`
 * target's value is the size of the fall, so a larger fall meets it.
 */
export const LIMIT_INDICATORS = new Set([
  'unemployment-surveyed',
  'unemployment-registered',
  'cpi',
  'deficit',
  'population-growth',
]);

/**
 * How far from a target stated with 左右 an outcome may be and still meet it, on the side that
 * misses (an outcome past it on the good side meets it anyway). Growth and rate targets are set on
 * a grid of half points (5%, 5.5%, 6%), so “6%左右” is told from “5.5%左右” at the midpoint: an
 * outcome within a quarter point (5.75) meets 6%左右, 5.5 meets 5.5%左右 and misses 6%左右. Amounts
 * (万人, 亿元) have no such grid: 2.5% of the target, the same share of a 10-point step.
 */
export const ABOUT_TOLERANCE = { points: 0.25, share: 0.025 };

/** Units measured in percentage points: the tolerance above is in points for these. */
export const RATE_UNITS = /^(?:%|％|个百分点|百分点|‰)$/;

/** Multipliers a unit may carry, to compare 1.2万人 with 12000人 (the values stay as written). */
export const UNIT_MULTIPLIERS: [word: string, factor: number][] = [
  ['万亿', 1e12],
  ['亿', 1e8],
  ['千万', 1e7],
  ['百万', 1e6],
  ['万', 1e4],
  ['千', 1e3],
  ['百', 1e2],
];

/**
 * A name that is only the tail of an indicator's, in a sentence that names the head before it
 * (粮食生产再获大丰收，增产8.32亿斤，总产量达到816.16亿斤; 粮食喜获丰收，总产量61.9亿斤): read with that
 * head. `before` is looked for in the sentence before the clause.
 */
export const SENTENCE_HEADS: { tail: RegExp; before: RegExp; head: string }[] = [
  { tail: /^总产量?(?=[达为突稳实\d])/, before: /粮食/, head: '粮食' },
];
