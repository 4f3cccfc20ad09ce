// A target's words as values: bounds as written, the qualifier, the measure, the unit, the stretch;
// and a target's name as an indicator of the vocabulary.
import { describe, expect, it } from 'vitest';
import { boundsText, indicatorOf, readPhrase } from '../src/pipeline/target-values.ts';

/** [measure, qualifier, lower, upper, unit] of each value of a phrase. */
const read = (phrase: string, name = '地区生产总值') =>
  readPhrase(name, phrase).map((value) => [value.measure, value.qualifier, value.lower, value.upper, value.unit]);

describe('a phrase as values', () => {
  it.each([
    ['增长6%以上', ['growth', 'at-least', 6, null, '%']],
    ['增长5.5%以内', ['growth', 'at-most', null, 5.5, '%']],
    ['增长6%左右', ['growth', 'about', 6, 6, '%']],
    ['增长6%', ['growth', 'exact', 6, 6, '%']],
    ['增长6%—6.5%', ['growth', 'range', 6, 6.5, '%']],
    ['增长7~7.5%', ['growth', 'range', 7, 7.5, '%']],
    ['不低于900万人', ['level', 'at-least', 900, null, '万人']],
    ['超过38.5%', ['level', 'at-least', 38.5, null, '%']],
    ['控制在4.6%', ['level', 'at-most', null, 4.6, '%']],
    ['控制在3%左右', ['level', 'about', 3, 3, '%']],
    ['低于4.6%', ['level', 'at-most', null, 4.6, '%']],
    ['下降3%以上', ['decrease', 'at-least', 3, null, '%']],
    ['保持在1.3万亿斤以上', ['level', 'at-least', 1.3, null, '万亿斤']],
    ['提高1个百分点', ['growth', 'exact', 1, 1, '个百分点']],
    ['103左右', ['level', 'about', 103, 103, '']],
    ['力争正增长', ['growth', 'at-least', 0, null, '%']],
    ['保持基本平衡', ['level', 'qualitative', null, null, '']],
    ['增长与经济增长同步', ['growth', 'qualitative', null, null, '']],
    ['高于全省1个百分点', ['level', 'qualitative', null, null, '']],
    ['调整为8：45：47', ['level', 'qualitative', null, null, '']],
  ])('reads %s', (phrase, expected) => {
    expect(read(phrase)).toEqual([expected]);
  });

  it('reads 持平 against last year as a growth of 0, and not 持平 with another place or 持平或略有上升', () => {
    expect(read('增长持平', '外贸进出口总额')).toEqual([['growth', 'exact', 0, 0, '%']]);
    expect(read('与上年持平', '地方级财政收入')).toEqual([['growth', 'exact', 0, 0, '%']]);
    expect(read('基本持平', '实际利用外资与上年')).toEqual([['growth', 'about', 0, 0, '%']]);
    expect(read('持平', '蔬菜价格水平与周边省会城市')).toEqual([['level', 'qualitative', null, null, '']]);
    expect(read('基本持平', '居民消费价格涨幅')).toEqual([['growth', 'qualitative', null, null, '']]);
    expect(read('持平或略有上升', '居民消费价格')).toEqual([['growth', 'qualitative', null, null, '']]);
  });

  it('takes a measure its name states (居民消费价格涨幅 · 3%左右 is growth)', () => {
    expect(read('3%左右', '居民消费价格涨幅')).toEqual([['growth', 'about', 3, 3, '%']]);
    expect(readPhrase('城镇居民人均可支配收入', '8%', '增长')[0]?.measure).toBe('growth');
  });

  it('reads a price index stated in percent as its rise, and one stated as an index as a level', () => {
    expect(read('控制在3%以内', '居民消费价格指数')).toEqual([['growth', 'at-most', null, 3, '%']]);
    expect(read('控制在3％左右', '居民消费价格指数')).toEqual([['growth', 'about', 3, 3, '％']]);
    expect(read('103左右', '居民消费价格指数')).toEqual([['level', 'about', 103, 103, '']]);
    expect(read('在102%以内', '居民消费价格指数')).toEqual([['level', 'at-most', null, 102, '%']]);
    expect(read('下降0.5%', '居民消费价格指数')).toEqual([['decrease', 'exact', 0.5, 0.5, '%']]);
  });

  it('reads a name that ends in its rate of fall as a fall (能耗下降率 · 不低于3.2%)', () => {
    expect(read('不低于3.2%', '万元地区生产总值能耗下降率')).toEqual([['decrease', 'at-least', 3.2, null, '%']]);
    expect(read('不低于3%', '单位生产总值能耗降低率')).toEqual([['decrease', 'at-least', 3, null, '%']]);
  });

  it('keeps a 力争 value as the stretch of the value before it', () => {
    expect(readPhrase('地区生产总值', '增长6%，力争6.5%')).toMatchObject([
      { qualifier: 'exact', lower: 6, upper: 6, stretch: 6.5 },
    ]);
    expect(readPhrase('地区生产总值', '增长6%以上、力争7%')).toMatchObject([
      { qualifier: 'at-least', lower: 6, upper: null, stretch: 7 },
    ]);
  });

  it('reads an amount and its growth as two values, each with its own words', () => {
    const phrase = '1910亿元，增长15%以上';
    expect(readPhrase('地区生产总值', phrase).map((value) => phrase.slice(value.start, value.end))).toEqual([
      '1910亿元',
      '增长15%以上',
    ]);
  });

  it('reads 从X提高到Y as Y, the level reached', () => {
    expect(read('从60%提高到62%左右', '常住人口城镇化率')).toEqual([['level', 'about', 62, 62, '%']]);
    expect(read('由6598亿元增加到8039亿元', '一般公共预算收入')).toEqual([['level', 'exact', 8039, 8039, '亿元']]);
    expect(read('从2.07倍缩小至1.96倍', '收入倍差')).toEqual([['level', 'exact', 1.96, 1.96, '倍']]);
  });

  it('does not take a number in brackets or a year for a value', () => {
    expect(read('增长16%（不含上划收入55.1亿元）')).toEqual([['growth', 'exact', 16, 16, '%']]);
    expect(read('比2020年增长6%')).toEqual([['growth', 'exact', 6, 6, '%']]);
  });
});

describe('a name as an indicator', () => {
  it.each([
    ['地区生产总值', 'gdp'],
    ['全市生产总值', 'gdp'],
    ['GDP', 'gdp'],
    ['经济', 'gdp'],
    ['人均地区生产总值', 'per-capita-gdp'],
    ['单位地区生产总值能耗', 'energy-intensity'],
    ['万元GDP综合能耗', 'energy-intensity'],
    ['单位国内生产总值二氧化碳排放', 'carbon-intensity'],
    ['全社会研发经费投入强度', 'rd-intensity'],
    ['研发经费支出占地区生产总值比重', 'rd-intensity'],
    ['研发经费支出占比', 'rd-intensity'],
    ['R＆D经费占比', 'rd-intensity'],
    ['研发经费支出与地区生产总值之比', 'rd-intensity'],
    ['研究与试验发展经费支出与地区生产总值之比', 'rd-intensity'],
    ['研发与试验发展经费支出与地区生产总值之比', 'rd-intensity'],
    ['数字经济核心产业增加值占比', null],
    ['一般公共预算收入', 'budget-revenue'],
    ['地方财政一般预算收入', 'budget-revenue'],
    ['公共财政预算收入', 'budget-revenue'],
    ['财政总收入', 'total-revenue'],
    ['一般公共预算总收入', 'total-revenue'],
    ['地方财政收入', 'local-revenue'],
    ['财政收入', null],
    ['全社会固定资产投资', 'fixed-investment'],
    ['社会消费品零售总额', 'retail-sales'],
    ['外贸进出口总额', 'trade'],
    ['外贸出口', 'exports'],
    ['外贸自营进出口总额占全国比重', null],
    ['出口占全国份额', null],
    ['外贸进出口稳规模、稳份额', 'trade'],
    ['规上工业增加值', 'industry'],
    ['工业增加值', null],
    ['城镇居民人均可支配收入', 'urban-income'],
    ['农民人均纯收入', 'rural-income'],
    ['城乡居民人均可支配收入', 'income'],
    ['城乡居民收入倍差', null],
    ['城乡居民收入比', null],
    ['城乡居民人均可支配收入之比', null],
    ['居民消费价格涨幅', 'cpi'],
    ['城镇调查失业率', 'unemployment-surveyed'],
    ['城镇登记失业率', 'unemployment-registered'],
    ['城镇新增就业', 'new-jobs'],
    ['粮食产量', 'grain'],
    ['赤字率', 'deficit'],
    ['实际使用外资', 'fdi'],
    ['常住人口城镇化率', 'urbanization'],
    ['人口自然增长率', 'population-growth'],
    ['服务业增加值', 'services'],
    ['服务业增加值占地区生产总值比重', null],
    ['服务贸易进出口总额', null],
    ['建设用地地均GDP', null],
    ['亩均地区生产总值', null],
    ['全社会研发投入占比', 'rd-intensity'],
  ])('%s is %s', (name, id) => {
    expect(indicatorOf(name)).toBe(id);
  });
});

describe('bounds in words', () => {
  it.each([
    [{ qualifier: 'at-least', lower: 6, upper: null, unit: '%' }, '下限6%'],
    [{ qualifier: 'at-most', lower: null, upper: 5.5, unit: '%' }, '上限5.5%'],
    [{ qualifier: 'about', lower: 5, upper: 5, unit: '%' }, '约5%'],
    [{ qualifier: 'range', lower: 6, upper: 6.5, unit: '%' }, '6%—6.5%'],
    [{ qualifier: 'exact', lower: 900, upper: 900, unit: '万人' }, '900万人'],
    [{ qualifier: 'qualitative', lower: null, upper: null, unit: '' }, '定性'],
  ] as const)('reads %o as %s', (target, text) => {
    expect(boundsText(target)).toBe(text);
  });
});

describe('the shapes of the Hunan check', () => {
  // A share of an indicator (税收占一般公共预算收入比重) is not the indicator, whatever its words;
  // R&D intensity is a share by name.
  it.each([
    ['税收占一般公共预算收入比重', null],
    ['税收占地方一般公共预算收入比', null],
    ['产业项目投资占固定资产投资比重', null],
    ['产业投资占固定资产投资', null],
    ['高技术制造业增加值占规模以上工业增加值比重', null],
    ['一般贸易出口占比', null],
    ['研究与试验发展经费支出占地区生产总值比重', 'rd-intensity'],
    ['研发投入占比', 'rd-intensity'],
    ['固定资产投资', 'fixed-investment'],
  ])('the share %s is %s', (name, id) => {
    expect(indicatorOf(name)).toBe(id);
  });

  // 粮食播种面积和产量: the 产量 is the grain's, named with its sown area.
  it.each([
    ['粮食播种面积和产量', 'grain'],
    ['粮食播种面积和总产量', 'grain'],
    ['粮食播种面积只增不减、正常年景下产量', 'grain'],
    ['粮食播种面积', null],
  ])('the grain named with its area, %s, is %s', (name, id) => {
    expect(indicatorOf(name)).toBe(id);
  });
});

describe('the shapes of the 2013–2017 check', () => {
  it('reads a price level’s percent as its rise, as a price index’s (居民消费价格总水平控制在3%左右)', () => {
    expect(read('控制在3%左右', '居民消费价格总水平')).toEqual([['growth', 'about', 3, 3, '%']]);
    expect(read('控制在6%左右', '零售物价总水平')).toEqual([['growth', 'about', 6, 6, '%']]);
    expect(read('控制在4.5％左右', '居民消费价格')).toEqual([['growth', 'about', 4.5, 4.5, '％']]);
  });

  it.each([
    ['出口退税', null],
    ['外贸出口', 'exports'],
  ])('the export tax rebate is no export: %s is %s', (name, id) => {
    expect(indicatorOf(name)).toBe(id);
  });
});
