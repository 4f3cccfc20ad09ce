/**
 * The indicators the genre sets targets for, as data: an id, the label the site shows, and the
 * words that name it in a report. `target-values.ts` reads a target's name against this list, in
 * order, and the first entry whose words occur in the name (and whose `unless` words do not) gives
 * its id; so the specific names (人均地区生产总值, 单位GDP能耗) come before the general ones (地区
 * 生产总值). Nothing else in the pipeline knows an indicator by name.
 */

export interface Indicator {
  /** The stable id published in figures.json and targets.csv: gdp, cpi, urban-income. */
  id: string;
  /** What the site calls it. */
  label: string;
  /** Words that name it, anywhere in the target's name. */
  names: RegExp;
  /** A name with these words is not this indicator (人均 before 生产总值 is per-capita GDP). */
  unless?: RegExp;
  /** The indicator is itself a share (研发经费支出占GDP比重), so SHARE_WORDS do not make it another. */
  share?: boolean;
}

export const INDICATORS: Indicator[] = [
  { id: 'per-capita-gdp', label: '人均地区生产总值', names: /人均(?:地区|国内)?生产总值|人均GDP/ },
  {
    id: 'carbon-intensity',
    label: '单位GDP二氧化碳排放',
    names: /(?:单位|万元)(?:国内|地区)?(?:生产总值|GDP)(?:的)?二氧化碳排放|二氧化碳排放强度|碳排放强度/,
  },
  {
    id: 'energy-intensity',
    label: '单位GDP能耗',
    names: /(?:单位|万元)(?:国内|地区)?(?:生产总值|GDP)(?:综合)?(?:能耗|能源消耗)|能耗强度|能源消耗强度/,
  },
  {
    id: 'rd-intensity',
    label: '研发经费投入强度',
    share: true,
    // Also as a share without 强度: 研发经费支出占比, R＆D经费占比, 研发经费支出与地区生产总值之比.
    names:
      /(?:研发|R&D|R＆D|研究与试验发展|研发与试验发展)(?:经费)?(?:投入)?强度|(?:研发|R&D|R＆D|研究与试验发展|研发与试验发展)(?:经费|费用)?(?:支出|投入)?(?:(?:占|相当于|与)(?:全社会|全市|全省)?(?:地区|国内)?(?:生产总值|GDP)(?:的)?(?:比重|比例|之比)?|占比)/,
  },
  { id: 'deficit', label: '赤字率', names: /赤字率/ },
  { id: 'unemployment-surveyed', label: '城镇调查失业率', names: /调查失业率/ },
  { id: 'unemployment-registered', label: '城镇登记失业率', names: /登记失业率/ },
  { id: 'new-jobs', label: '城镇新增就业', names: /新增(?:城镇)?就业|城镇新增就业|新增城镇就业/ },
  {
    id: 'urban-income',
    label: '城镇居民人均可支配收入',
    names: /(?:城镇|城市|市区)(?:常住)?居民(?:年)?(?:人均)?(?:可支配|纯)?收入/,
  },
  {
    id: 'rural-income',
    label: '农村居民人均可支配收入',
    names: /(?:农村|农民|农牧民)(?:常住)?(?:居民)?(?:年)?(?:人均)?(?:可支配|纯)?收入/,
  },
  {
    id: 'income',
    label: '居民人均可支配收入',
    names: /居民(?:人均)?(?:可支配)?收入|居民(?:人均)?收入/,
    // The urban–rural ratio (城乡居民收入倍差, 城乡居民收入比) is not an income.
    unless: /倍差|之比|收入比(?!上年|去年|上一年)/,
  },
  {
    id: 'cpi',
    label: '居民消费价格',
    names: /消费价格|物价(?:总水平|涨幅)|价格总水平|CPI/,
  },
  // Also named with its sown area: 粮食播种面积和产量稳定, 粮食播种面积只增不减、正常年景下产量468亿斤以上.
  {
    id: 'grain',
    label: '粮食产量',
    names: /粮食(?:总)?产量|粮食总产|粮食(?:播种)?面积[^，,。；;\d]{0,12}?(?:总)?产量/,
  },
  {
    id: 'industry',
    label: '规模以上工业增加值',
    names: /(?:规模以上|规上|规模)工业(?:企业)?增加值/,
  },
  { id: 'services', label: '服务业增加值', names: /服务业增加值/, unless: /比重|占/ },
  { id: 'retail-sales', label: '社会消费品零售总额', names: /消费品零售(?:总)?额|社消零|社零额/ },
  // A share of a larger total (进出口总额占全国比重, 出口占全省份额) is not the total; 稳份额 among
  // a trade target's aims (外贸进出口稳规模、稳份额) is.
  { id: 'trade', label: '进出口总额', names: /进出口/, unless: /服务贸易|比重|占[^、，,]{0,6}份额/ },
  // 出口退税 (a tax rebate, in a revenue's words: 不考虑出口退税因素为4343.18亿元) is no export.
  { id: 'exports', label: '出口总额', names: /出口/, unless: /比重|占[^、，,]{0,6}份额|退税/ },
  {
    id: 'fdi',
    label: '实际利用外资',
    names: /(?:实际)?(?:利用|使用|到账|到位)(?:的)?外资|外商直接投资/,
  },
  { id: 'fixed-investment', label: '固定资产投资', names: /固定资产投资/, unless: /投资率/ },
  /*
   * Revenue: 一般公共预算收入 (公共财政预算收入 2012–2014, 一般预算收入 before) is one series;
   * 财政总收入 (with the shares passed up to higher levels) and 地方财政收入 (a local definition
   * that changed over the years) are not it, and have ids of their own.
   */
  {
    id: 'total-revenue',
    label: '财政总收入',
    names: /财政总收入|一般公共预算总收入|(?:全口径|大口径|全部)财政收入/,
  },
  {
    id: 'budget-revenue',
    label: '一般公共预算收入',
    names: /一般公共预算收入|公共财政预算收入|一般预算收入|公共预算收入|公共财政收入/,
  },
  { id: 'local-revenue', label: '地方财政收入', names: /地方(?:级)?财政收入|地方级收入/ },
  { id: 'urbanization', label: '常住人口城镇化率', names: /城镇化率/ },
  { id: 'population-growth', label: '人口自然增长率', names: /人口自然增长率/ },
  {
    id: 'gdp',
    label: '地区生产总值',
    names: /生产总值|GDP|^(?:全[国省市区州]|本市)?(?:经济|经济增长|经济增速|经济总量)$/,
    unless: /人均|单位|万元|亿元|比重|占|相当于|之比|能耗|增加值/,
  },
];

/** Every id of the vocabulary, for the schema of figures.json. */
export const INDICATOR_IDS = INDICATORS.map((indicator) => indicator.id) as [string, ...string[]];

/**
 * A name per unit of land (建设用地地均GDP, 亩均地区生产总值, 亩均税收) is a density, no indicator of the
 * vocabulary, whatever indicator's words it holds.
 */
export const PER_AREA = /地均|亩均|单位面积|单位土地|每平方公里/;

/**
 * Words that make a name a share (税收占一般公共预算收入比重, 产业投资占固定资产投资, 一般贸易出口占比,
 * 高技术制造业增加值占规模以上工业增加值比重), read outside the indicator's own words: a share of an
 * indicator is no value of it, unless the indicator is itself a share (`share`: R&D intensity).
 */
export const SHARE_WORDS = /占|比重|之比/;
