/**
 * How the genre states its figures and targets, as data: the phrases that open the year's
 * targets, the separators between items, the words that start a value, the units and counters.
 * `figures.ts` applies them; nothing here names one report's indicators.
 */

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
    '千瓦时',
    '千瓦',
    '兆瓦',
    '标准箱',
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

/** Marks that join the two ends of a range: 7.5%—8%, 5-6个. */
export const RANGE_MARKS = ['—', '–', '-', '～', '~', '至', '到'];

/**
 * The phrases that open the year's main targets: 主要预期目标是：, 主要预期目标建议为：, 主要目标是：,
 * 预期目标为：, 预期目标主要是：. The list runs to the end of that sentence.
 */
export const TARGETS_INTRO = /(?:主要预期目标|预期目标|主要目标|主要指标)(?:主要)?(?:建议)?(?:是|为)[：:]/;

/**
 * A sentence right after the list, of one clause, ending in 指标 or 目标, is one more target
 * without a number: 全面完成上级下达的节能减排约束性指标。
 */
export const TARGETS_TRAILER = /^[^，,；;：:]{2,40}(?:指标|目标)[。；]?$/;

/** Items are separated by these; ； is tried first, then ， and 、 inside each. */
export const ITEM_SEPARATORS = { strong: /[；;]/, weak: /[，,、]/ };

/**
 * Where an item's value starts: its indicator is the text before the first of these (or before a
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
  '提高',
  '提升',
  '达到',
  '保持',
  '不低于',
  '高于',
  '低于',
  '超过',
  '突破',
  '力争',
];

/** 分别 splits one item into several: 城乡居民人均可支配收入分别增长7%、8%. */
export const RESPECTIVELY = '分别';

/**
 * What a shared name stands for when 分别 splits it: 城乡居民… is 城镇居民… and 农村居民…. A name
 * without one of these gets （1）, （2）.
 */
export const RESPECTIVELY_NAMES: [shared: string, each: string[]][] = [
  ['城乡', ['城镇', '农村']],
  ['中小', ['中', '小']],
  ['进出口', ['进口', '出口']],
];

/** Between the values of a 分别 item: 7%、8%, 5.5%左右和6.5%以上. */
export const RESPECTIVELY_JOINS = /[、，,和及与]/;

/** Figures inside these marks are part of a name (“人才金政37条”, 《…30条》), not values. */
export const NAME_QUOTES: [open: string, close: string][] = [
  ['“', '”'],
  ['《', '》'],
  ['「', '」'],
];

/**
 * A threshold inside a name: 500万元以上工业企业, 10亿元以上的项目: after a figure ending in 以上
 * (or 以下), more of the name rather than a mark or a joining word. Such a figure is not a value.
 */
export const NAME_THRESHOLD = /^的?(?![和及与或等])[\p{Script=Han}A-Za-z]/u;

/** Before a number, these make it an ordinal or a code, not a figure: 第2名, PM2.5, 5G. */
export const NOT_A_FIGURE_BEFORE = /[第A-Za-z.．]$/;
