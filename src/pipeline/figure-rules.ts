/**
 * How the genre states its figures and targets, as data: the phrases that open the year's
 * targets, the separators between items, the words that start a value, the units and counters.
 * `figures.ts` applies them; nothing here names one report's indicators.
 */

import type { Measure, Qualifier } from '../schemas/figures.ts';

/** What a figure counts: money, a percentage or ratio, a count of things, or a measure (公里, 亩). */
export type FigureKind = 'money' | 'percent' | 'count' | 'measure';

/** Units and counters after a number, by kind. Longer ones are tried first. */
export const UNITS: Record<FigureKind, string[]> = {
  money: ['亿美元', '万美元', '美元', '亿元', '万元', '元'],
  percent: ['个百分点', '百分点', '%', '％', '‰', '倍', '成'],
  count: [
    '个',
    '家',
    '项',
    '所',
    '处',
    '条',
    '座',
    '件',
    '户',
    '人次',
    '人',
    '名',
    '套',
    '栋',
    '场',
    '次',
    '台',
    '辆',
    '批',
    '支',
    '种',
    '位',
    '张',
    '份',
    '期',
    '例',
    '只',
    '块',
    '间',
    '床',
    '类',
  ],
  measure: [
    '平方公里',
    '平方米',
    '公里',
    '千米',
    '米',
    '公顷',
    '亩',
    '吨',
    '公斤',
    '斤',
    '千瓦时',
    '千瓦',
    '兆瓦',
    '标准箱',
    '标箱',
    '立方米',
    '天',
    '小时',
    '分钟',
  ],
};

/** Multipliers written between a number and its unit: 4.7万户, 1.5亿元 keep them in the unit. */
export const MULTIPLIERS = ['万亿', '亿', '万', '千', '百'];

/** Words between a number and its unit, or after it, that belong to the figure: 60余项, 7%以上. */
export const APPROXIMATE = ['余', '多'];
export const QUALIFIERS = ['以上', '以下', '以内', '左右'];

/** Marks that join the two ends of a range: 7.5%—8%, 5-6个, 5%－6% (a full-width minus). */
export const RANGE_MARKS = ['—', '–', '-', '－', '～', '~', '至', '到'];

/**
 * The nouns that name the year's targets in the sentence that introduces them: 主要预期目标是：,
 * 主要调控目标为：, 主要指标的计划安排是：, 经济增长预期目标为7%左右.
 */
export const TARGET_NOUNS =
  /增长预期(?:目标)?|(?:预期性?|调控|预测|约束性?|发展|奋斗|总体|年度|经济|主要|计划)的?(?:目标|指标)|指标的?计划安排|主要预期(?=[：:])/;

/**
 * After the noun, the words that hand over to the list: 是, 为, 建议为, 确定为, 安排, 如下, then a
 * mark. A noun followed by a mark alone introduces a list only when the mark is a colon
 * (主要预期目标：); 是 or 为 may be followed by the list itself (预期目标为生产总值增长9%).
 */
export const INTRO_LINK =
  /^(?:和约束性?指标|和约束性?目标|任务|预期|的?计划安排|分为[两三四]类)?((?:主要|建议|初步|确定|安排|设定|调整|预期|拟|定)*)((?:是|为|如下|包括)?)([：:，,]?)/;

/** After a noun and a clause of its own, the colon that hands over: 主要预期目标，按…原则安排：. */
export const DEFERRED_LINK = /^[，,][^。；;：:\d]{0,30}[：:]/;

/**
 * A sentence that states the year's targets without an intro: it speaks of this year (今年, 预期,
 * 建议, 力争, 拟) or weighs its targets (综合考虑各方面因素，…), and not of a result (预计, 完成了,
 * 比上年, 初步核算) or a plan (年均, 今后五年). How many indicators of the vocabulary it must name:
 * one after 预期增长 (国内生产总值预期增长9%), two after 综合考虑, else three, one with a qualifier.
 */
export const TARGET_SENTENCE = /^(?:[^。]{0,40}[，,])?[^，,。]{0,12}(?:今年|全年|预期|建议|力争|拟|\d{4}年)|^综合考虑/;
export const TARGET_SENTENCE_NAMES: [RegExp, number][] = [
  [/预期(?:增长|为|目标为)/, 1],
  [/^综合考虑/, 2],
];
export const RESULT_SENTENCE =
  /预计|完成了|已完成|超额完成|实现了|比上年|同比|上年|去年|初步核算|初步统计|达到了|年均|(?<!\d)[五5５]年|到\d{4}年|翻一番|翻番|[好高超]于预期|超出预期|超过预期/;

/**
 * An intro whose own clause says any of these introduces something else: a plan's goals (今后五年,
 * “十四五”时期, 到2025年, 任期), or last year's targets (去年, 确定的, 完成).
 */
export const NOT_THE_YEARS_INTRO =
  /(?<!\d)[五5５]年|十[一二三四五六七八九]五|规划|时期|期间|任期|本届|新一届|远景|到\d{4}年|去年|上年|年初|确定的|完成|实现了|达到|超额|顺利|圆满/;

/** Words that name a plan's period (今后五年, “十四五”时期, 到2025年), in an intro's sentence or the one before. */
export const PLAN_PERIOD = /今后[五5５]年|未来[五5５]年|十[一二三四五六七八九]五”?(?:时期|期间)|任期|到\d{4}年/;
/**
 * A part's title about a plan's period (二、“十四五”经济社会发展的指导思想和总体要求, 今后五年的主要目标任务),
 * unless it also speaks of the year (今后五年的奋斗目标和2013年工作任务, 以高质量发展为“十四五”开好局):
 * an intro in such a part is the plan's unless its paragraph speaks of this year before it. (实现“十四五”
 * 规划, the plan's last year, is no such title.)
 */
export const PLAN_PART = /今后[五5５]年|未来[五5５]年|十[一二三四五六七八九]五”?(?:时期|期间|经济社会|发展|的)/;
export const YEAR_IN_PART = /\d{4}年|今年|开局|开好局|起步|第一年/;

/** Words that speak of this year, beside the report's year itself (2022年). */
export const THIS_YEAR = /今年|全年|本年度|明年/;

/** A list whose items mostly say these is a plan's goals, not the year's targets: 年均增长7%. */
export const PLAN_ITEM = /年均|累计|翻一番|翻番|到\d{4}年/;

/**
 * Clauses that end the list: what the report says about its targets (这是必要的, 以上指标, 既考虑
 * 了…), not one more target.
 */
export const LIST_ENDS = /^(?:这|那|以上|上述|经过|我们|既|也是|主要是|确定这|提出|总的考虑)/;

/**
 * Sentences after the list's first that end it: what the report says about its targets (这里着重
 * 说明, 上述目标, 在上述目标中) or the work that follows (为此, 重点抓好以下工作).
 */
export const SENTENCE_ENDS =
  /^(?:这|那|以上|上述|经过|我们|既|也是|主要是|确定这|提出|总的|为此|为了|围绕|需要|在上述|实现上述|完成上述|实现这|重点|着重|着力|综合|当前|因此|所以|但|各位|按照|具体|政府工作|今年重点|今年的工作|主要任务|工作中)/;

/**
 * A clause that adds an aspiration to the target before it (在实际工作中努力争取更好结果, 力争更好,
 * 根据实际情况争取更好的结果): not a target of its own. With a number (力争6.5%, 实际工作按8%左右
 * 争取, 工作目标力争增长8%左右), the number is the target's `stretch`.
 */
export const ASPIRATION =
  /^(?:在|按|根据)?(?:实际工作|实际执行|实际情况)|^(?:努力|并)?(?:争取|力争|力求)|^工作目标(?:力争|按)|^按[^，,]*(?:组织|安排|推进|争取|考虑)$|^[^，,、\d]{0,12}更好的?结果$/;

/** A clause that continues the item before it: 并留有适当弹性. */
export const CONTINUES = /^(?:并|且)/;

/**
 * A clause before the items that is not one (在优化结构、提高效益的基础上, 按照…要求): dropped.
 */
export const PREFACE = /^(?:在.*(?:基础上|前提下|条件下)|(?:根据|按照|综合考虑|结合|围绕).*)$/;

/** Marks before an item that are not its name: ——, 一是, （1）, 1., 其中, 同时. */
export const ITEM_MARKERS =
  /^(?:——|－－|[一二三四五六七八九十]是|（[0-9０-９一二三四五六七八九十]+）|\([0-9]+\)|[0-9０-９]+[.．、](?!\d)|[①-⑩]|其中|同时|此外|另外|即)[，,：:、]?/;

/**
 * A short sentence inside a list that only labels the items after it (一是预期性指标。, （1）经济
 * 保持平稳较快增长。, ——经济支撑型指标夯实厚度。): no number, no more than 16 characters.
 */
export const LIST_LABEL = /^[^0-9，,；;]{0,16}$/;

/**
 * A clause that opens a sentence of the list and heads its items without being one (协调发展取得新
 * 成效，常住人口城镇化率提高1.5个百分点以上，…; 生态环境建设取得新进展，万元地区生产总值能耗下降3%): kept
 * as an item without a number, but not weighed when the sentence is read as targets or not.
 */
export const ITEMS_HEADING =
  /^[^，,；;：:\d]{2,16}(?:取得新|迈出新|实现新|迈上新|开创新|达到新|展现新|再上新|得到新)[^，,；;：:\d]{1,4}[，,]/;

/**
 * A sentence right after the list, of one clause, ending in 指标, 目标 or 任务, is one more target
 * without a number: 全面完成上级下达的节能减排约束性指标。
 */
export const TARGETS_TRAILER = /^[^，,；;：:]{2,40}(?:指标|目标|任务)[。；]?$/;

/**
 * The last clause of a sentence of aims without a number that sets a task to complete (生态环境质量
 * 进一步改善，完成国家下达的能耗“双控”目标; 节能减排完成省下达目标任务): the sentence is more targets
 * without a number, and the list reads on after it.
 */
export const TASK_TRAILER = /^[^，,；;：:]{0,30}完成[^，,；;：:]{0,30}(?:指标|目标|任务)[。；]?$/;

/**
 * Items are separated by these: ； first, then ， (and ：, after which the list is over), then 、
 * inside each clause.
 */
export const ITEM_SEPARATORS = { strong: /[；;]/, clause: /[，,：:]/, weak: /[、]/ };

/**
 * Where an item's value starts: its name is the text before the first of these (or before a
 * number that ends the item, as in 地区生产总值1910亿元). A piece that starts with one of them, or
 * with a number, continues the item before it: 增长6%，力争6.5% is one item.
 */
export const VALUE_WORDS = [
  '同步增长',
  '年均增长',
  '分别',
  '增长',
  '控制在',
  '下降',
  '降低',
  '减少',
  '削减',
  '提高',
  '提升',
  '达到',
  '保持',
  '稳定在',
  '不低于',
  '不超过',
  '高于',
  '低于',
  '快于',
  '超过',
  '突破',
  // 迈上1万亿元台阶, 跨上…台阶: reaching a level, a floor (QUALIFIER_BEFORE).
  '迈上',
  '跨上',
  '力争',
  '上涨',
  '涨幅控制',
  '实现正增长',
  '力保',
  '增加',
  '调整为',
  '调整到',
  // 地方级财政收入与上年持平: a growth of 0 (FLAT below); not 与周边城市持平, nor 保持平稳.
  '与上年持平',
  '与去年持平',
];

/**
 * Words that start a value only where a number follows: 居民消费价格总水平上升1.5% is a rise, as
 * 上涨 is (上升到, 上升至 a level: MEASURE_OF_PHRASE); 持平或略有上升 is no value.
 */
export const VALUE_WORDS_BEFORE_A_NUMBER = ['上升'];

/** The adverbs that start a value without a value word (国际收支 · 基本平衡, 生态环境质量 · 进一步改善). */
export const QUALITATIVE_ADVERBS = [
  '继续',
  '进一步',
  '持续',
  '稳步',
  '稳定',
  '基本',
  '保持',
  '有所',
  '明显',
  '显著',
  '不断',
];

/**
 * Words before a value word that belong to the target, not to the name: 主要污染物排放量 · 继续下降,
 * 城镇调查失业率 · 全年控制在5.5%以内, 国际收支 · 基本平衡.
 */
export const VALUE_ADVERBS = [
  ...QUALITATIVE_ADVERBS,
  '全年',
  '实际',
  '可比',
  '同比',
  '名义',
  '均',
  '力争',
  '努力',
  '要',
  '同口径',
  '预期',
];

/**
 * The head a list's per-unit names share: 单位地区生产总值能耗下降2%、二氧化碳排放量下降2.5% is
 * 单位地区生产总值二氧化碳排放量 too. Used to know the indicator, never to rewrite the name.
 */
export const SHARED_NAME_HEAD = /^(?:单位|万元)(?:地区|国内)?(?:生产总值|GDP)/;

/** Words at the end of a name that belong to its value: 居民消费价格涨幅 · 在3%以内. */
export const NAME_TAILS = ['在', '为', '定为', '达', '按', '各', '都', '完成', '实现', '比上年'];

/**
 * A clause of a list with a number that speaks of a plan's period, not of the year (完成“十一五”任务
 * 总量的90%): no item.
 */
export const PLAN_CLAUSE = /十[一二三四五六七八九]五|五年/;

/** A relative target: the name's value is stated against another (居民收入增长与经济增长同步). */
export const RELATIVE_VALUE =
  /(?:增长|增速|增幅)?(?:要|基本)?[与和同](?:经济|GDP|地区生产总值|国内生产总值|生产总值)(?:增长|发展|增速)?(?:保持)?(?:基本)?(?:同步|一致)/;

/** Words before an item's name that are not part of it: 努力实现居民收入…, 确保…, 实现…. */
export const NAME_OPENERS = /^(?:努力实现|力争实现|确保|实现|力争|要|预期|今年|全年|明年)+/;

/** 分别 (or 均, not 年均) splits one item into several: 城乡居民人均可支配收入分别增长7%、8%. */
export const RESPECTIVELY = /分别|(?<![年平人])均(?=[增控下达为保提实高与降在])/;
/**
 * What a shared name stands for when 分别 splits it: 城乡居民… is 城镇居民… and 农村居民…. A name
 * without one of these gets （1）, （2）.
 */
export const RESPECTIVELY_NAMES: [shared: string, each: string[]][] = [
  ['城乡', ['城镇', '农村']],
  ['中小', ['中', '小']],
  ['进出口', ['进口', '出口']],
  ['存贷款', ['存款', '贷款']],
];

/** Between the values of a 分别 item: 7%、8%, 5.5%左右和6.5%以上. */
export const RESPECTIVELY_JOINS = /[、，,和及与]/;

/**
 * The halves listed names share at their end when the vocabulary knows none of them: 农业、规模以上
 * 工业、服务业增加值 are 农业增加值, ….
 */
export const SHARED_NAME_TAILS = [
  '居民人均可支配收入',
  '人均可支配收入',
  '增加值',
  '总产值',
  '产值',
  '总额',
  '收入',
  '产量',
];

/** Between names that share one value: 固定资产投资和社会消费品零售总额增长14%. */
export const NAME_JOINS = /[、和及与]/;
/**
 * Between names that share one value when the vocabulary knows only some of them (有效投资、一般
 * 公共预算收入、城乡居民收入): 、 only, as 与 and 和 may relate two things (…与国家价格调控目标保持衔接).
 */
export const LISTED_NAMES_JOIN = /、/;

/** Words right after a value that qualify it: 6%左右, 6%以上, 5.5%以内. They win over words before. */
export const QUALIFIER_AFTER: [word: string, qualifier: Qualifier][] = [
  ['左右', 'about'],
  ['上下', 'about'],
  ['及以上', 'at-least'],
  ['以上', 'at-least'],
  ['以内', 'at-most'],
  ['以下', 'at-most'],
];

/**
 * Words right before a value (at most 在, 为, 到 between) that qualify it: 不低于900万人, 控制在4.6%
 * (a ceiling, as 控制在…以内), 超过38.5%. With other words between (高于全省1个百分点) the value
 * is relative, not a bound.
 */
export const QUALIFIER_BEFORE: [word: string, qualifier: Qualifier][] = [
  ['不低于', 'at-least'],
  ['不少于', 'at-least'],
  ['超过', 'at-least'],
  ['突破', 'at-least'],
  ['迈上', 'at-least'],
  ['跨上', 'at-least'],
  ['高于', 'at-least'],
  ['多于', 'at-least'],
  ['大于', 'at-least'],
  ['至少', 'at-least'],
  ['超', 'at-least'],
  ['不超过', 'at-most'],
  ['不高于', 'at-most'],
  ['低于', 'at-most'],
  ['少于', 'at-most'],
  ['小于', 'at-most'],
  ['控制在', 'at-most'],
  ['控制', 'at-most'],
  ['大约', 'about'],
  ['约', 'about'],
];

/** Words between a qualifying word and its value: 控制在 · 4.6%, 降 · 至 · 3%. */
export const QUALIFIER_GAP = /^[在为到至达]?$/;

/**
 * A value stated as a change from one level to another (从2.3%提高到2.8%, 由6598亿元增加到8039亿
 * 元, 从2.07倍缩小至1.96倍): the level reached is the value, the first number only its start.
 * FROM is right before the first number, TO between the two.
 */
export const FROM_TO = { from: /[从由]$/, to: /^[^，,；;、\d]{0,6}(?:到|至)(?:近|约|超过|超|突破)?$/ };

/** Words that state a value without a number: 正增长 is growth of at least 0. */
export const ZERO_WORDS = ['正增长'];

/**
 * A growth of 0 in words, a phrase level with last year (外贸进出口总额增长持平, 地方级财政收入与上年
 * 持平): exact 0, 基本持平 about 0. Not level with something else (与周边城市持平, a name ending in
 * 与…) or a rate level with last year's rate (居民消费价格涨幅基本持平), nor 持平或略有上升 (a
 * phrase that says more).
 */
export const FLAT = {
  phrase: /^(?:增长|同比)?(?:与上年|与去年)?(基本)?持平$/,
  other: /与(?!上年$|去年$)[^与]*$|(?:涨幅|增幅|增速|增长率|速度)(?:与上年|与去年)?$/,
};

/**
 * What a target measures, from the words of its name's end and of its phrase before the value,
 * tried in this order: 涨幅 in a name is growth (居民消费价格涨幅控制在3%左右), 提高到 a level,
 * 下降 a fall, 增长 growth; anything else is a level (城镇调查失业率5.5%左右, 新增就业900万人).
 */
export const MEASURE_OF_NAME: [RegExp, Measure][] = [
  [/(?:涨幅|增速|增幅)$/, 'growth'],
  [/降幅$/, 'decrease'],
  // 万元地区生产总值能耗下降率不低于3.2%: the rate of fall is the fall, at least 3.2%.
  [/(?:下降|降低)率$/, 'decrease'],
];
/**
 * A price index whose value is in percent states its rise, whatever verb it takes (居民消费价格指数
 * 控制在3%以内 is 涨幅 3%, as the next review says: 居民消费价格上涨2.4%); the index itself is 103,
 * or 102% (under `below`, a value is a rise). So is a price level's (居民消费价格总水平控制在3%左右,
 * 零售物价总水平控制在6%左右): no report sets a price level in percent.
 */
export const INDEX_IN_PERCENT = { name: /价格指数$|(?:消费价格|物价)(?:总水平)?$/, unit: /^[%％]$/, below: 50 };
export const MEASURE_OF_PHRASE: [RegExp, Measure][] = [
  [/(?:提高|提升|下降|降低|增长|增加|上升)(?:到|至)|降至|降到|达到|稳定在|保持在/, 'level'],
  [/下降|降低|减少|削减|回落|压减|降/, 'decrease'],
  [/增长|增速|增幅|涨幅|上涨|上升|提高|提升|增加|增/, 'growth'],
];

/** Figures inside these marks are part of a name (“人才金政37条”, 《…30条》), not values. */
export const NAME_QUOTES: [open: string, close: string][] = [
  ['“', '”'],
  ['《', '》'],
  ['「', '」'],
];

/**
 * A threshold inside a name: 500万元以上工业企业, 10亿元以上的项目: after a figure ending in 以上
 * (or 以下), more of the name rather than a mark or a joining word. Such a figure is not a value;
 * one followed by 水平 is (城镇调查失业率维持在5%以下水平, 控制在3%以下的水平).
 */
export const NAME_THRESHOLD = /^(?!的?水平)的?(?![和及与或等])[\p{Script=Han}A-Za-z]/u;

/** Before a number, these make it an ordinal or a code, not a figure: 第2名, PM2.5, 5G. */
export const NOT_A_FIGURE_BEFORE = /[第A-Za-z.．]$/;
