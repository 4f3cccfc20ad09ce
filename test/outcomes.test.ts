// What became of last year's targets: the results a review states, on short texts of each shape the
// genre uses (written for these tests, not taken from reports), the one that answers a target, and
// how the status is read.
import { describe, expect, it } from 'vitest';
import { findOutcome, reviewStatements } from '../src/pipeline/outcomes.ts';
import { targetStatus, type StatusTarget } from '../src/pipeline/target-status.ts';
import type { PlaceLevel } from '../src/schemas/report-meta.ts';
import { build, MINIMAL } from './helpers.ts';

/** The minimal report (2022, a district's) with these paragraphs as its review of 2021. */
const review = (...paragraphs: string[]) => build(MINIMAL.replace('过去五年，我们取得了成绩。', paragraphs.join('\n')));

/** [indicator, measure, value, unit, text, flags] of each result the review states. */
const results = (level: PlaceLevel, ...paragraphs: string[]) =>
  reviewStatements(review(...paragraphs).report, { level }).map((each) => [
    each.indicator,
    each.measure,
    each.value,
    each.unit,
    each.text,
    each.flags,
  ]);

/** A target as values, for findOutcome and the status. */
const target = (
  indicator: string,
  measure: StatusTarget['measure'],
  qualifier: StatusTarget['qualifier'],
  lower: number | null,
  upper: number | null,
  unit = '%',
): StatusTarget => ({ indicator, measure, qualifier, lower, upper, unit });

describe('the results a review states', () => {
  it('reads a growth rate, a level and a count, each with the words from its name to its value', () => {
    expect(
      results(
        'district',
        '过去一年，全区地区生产总值达到520亿元，比上年增长7.2%；城镇新增就业1.2万人。经济运行稳中向好。',
      ),
    ).toEqual([
      ['gdp', 'level', 520, '亿元', '全区地区生产总值达到520亿元', []],
      ['gdp', 'growth', 7.2, '%', '全区地区生产总值达到520亿元，比上年增长7.2%', []],
      ['new-jobs', 'level', 1.2, '万人', '城镇新增就业1.2万人', []],
    ]);
  });

  it('gives 分别 values to their names, and splits at a 、 that starts another result', () => {
    expect(
      results(
        'district',
        '过去一年，城乡居民人均可支配收入分别增长6.1%和7.3%，城镇新增就业1.1万人、城镇调查失业率5.1%。',
      ),
    ).toEqual([
      ['urban-income', 'growth', 6.1, '%', '城乡居民人均可支配收入分别增长6.1%', []],
      ['rural-income', 'growth', 7.3, '%', '城乡居民人均可支配收入分别增长6.1%和7.3%', []],
      ['new-jobs', 'level', 1.1, '万人', '城镇新增就业1.1万人', []],
      ['unemployment-surveyed', 'level', 5.1, '%', '城镇调查失业率5.1%', []],
    ]);
  });

  it('flags an estimate, 左右 and 同口径', () => {
    expect(results('city', '过去一年，预计全年地区生产总值增长5%左右，一般公共预算收入同口径增长6.2%。')).toEqual([
      ['gdp', 'growth', 5, '%', '预计全年地区生产总值增长5%左右', ['estimate', 'about']],
      ['budget-revenue', 'growth', 6.2, '%', '一般公共预算收入同口径增长6.2%', ['estimate', 'same-basis']],
    ]);
  });

  it('takes no five-year figure: a paragraph about five years, a mean over years, a sum', () => {
    expect(
      results(
        'city',
        '五年来，地区生产总值从400亿元增加到520亿元，一般公共预算收入增长30%。',
        '——经济实力显著增强。城镇新增就业5.6万人。',
        '过去一年，地区生产总值年均增长7.5%，城镇新增就业累计3万人，规模以上工业增加值增长9%。',
      ),
    ).toEqual([['industry', 'growth', 9, '%', '规模以上工业增加值增长9%', []]]);
  });

  it('knows a five-year review that opens after an address and a short sentence', () => {
    expect(
      results(
        'city',
        '过去一年，规模以上工业增加值增长9%。',
        '各位代表！本届政府任期已满。五年来，地区生产总值从400亿元增加到520亿元。',
        '——经济实力显著增强。一般公共预算收入从30亿元提高到45亿元。',
      ),
    ).toEqual([['industry', 'growth', 9, '%', '规模以上工业增加值增长9%', []]]);
  });

  it('takes no figure of another place, of a part of the year or of another indicator that shares words', () => {
    expect(
      results(
        'city',
        '过去一年，全市地区生产总值增长6%，高于全省1.2个百分点，全省地区生产总值增长4.8%。' +
          '上半年固定资产投资增长12%，工业投资增长15%，民营企业进出口增长9%，贫困地区农村居民人均可支配收入增长10%。',
      ),
    ).toEqual([['gdp', 'growth', 6, '%', '全市地区生产总值增长6%', []]]);
  });
  it('takes the end of 从X提高到Y as the result, and no quarter’s', () => {
    expect(
      results(
        'city',
        '过去一年，一般公共预算收入从500亿元增加到540亿元，研发投入强度由2.5%提高到2.7%，' +
          '居民人均可支配收入由2.6万元增加到近2.8万元，地区生产总值增幅从2%逐季递升至3.5%。',
      ),
    ).toEqual([
      ['budget-revenue', 'level', 540, '亿元', '一般公共预算收入从500亿元增加到540亿元', []],
      ['rd-intensity', 'level', 2.7, '%', '研发投入强度由2.5%提高到2.7%', []],
      ['income', 'level', 2.8, '万元', '居民人均可支配收入由2.6万元增加到近2.8万元', ['bound']],
    ]);
  });

  it('reads an indicator that is itself a share (研发经费支出占比), but not a share of another one', () => {
    expect(
      results(
        'city',
        '过去一年，研发经费支出占比提高到2.6%，全社会研发经费支出占地区生产总值比重达到2.7%，民营企业进出口占比45%。',
      ),
    ).toEqual([
      ['rd-intensity', 'level', 2.6, '%', '研发经费支出占比提高到2.6%', []],
      ['rd-intensity', 'level', 2.7, '%', '全社会研发经费支出占地区生产总值比重达到2.7%', []],
    ]);
  });
});

describe('the outcome of a target', () => {
  const statements = reviewStatements(
    review('过去一年，地区生产总值达到520亿元，增长7.2%。进出口下降3%。经济运行稳中向好。').report,
    { level: 'city' },
  );

  it('takes the result in the target’s measure: the growth for a growth target, the level for a level one', () => {
    const growth = findOutcome(target('gdp', 'growth', 'at-least', 7, null), statements);
    expect('outcome' in growth && [growth.outcome.value, growth.outcome.phrase]).toEqual([7.2, '增长7.2%']);
    const level = findOutcome(target('gdp', 'level', 'at-least', 500, null, '亿元'), statements);
    expect('outcome' in level && [level.outcome.value, level.outcome.unit]).toEqual([520, '亿元']);
  });

  it('says why when the review states none, and never borrows another indicator’s figure', () => {
    expect(findOutcome(target('cpi', 'growth', 'about', 3, 3), statements)).toEqual({
      reason: 'not-stated',
      text: '回顾中没有给出这一指标的数值',
    });
    // A level target where the review states only a growth rate: no outcome, and why.
    const jobs = reviewStatements(review('过去一年，城镇新增就业增长5%。').report, { level: 'city' });
    expect(findOutcome(target('new-jobs', 'level', 'at-least', 1, null, '万人'), jobs)).toMatchObject({
      reason: 'other-measure',
    });
  });

  it('gives a qualitative target the result of its indicator, whose status is not comparable', () => {
    const trade = findOutcome(target('trade', 'level', 'qualitative', null, null, ''), statements);
    expect('outcome' in trade && trade.outcome.phrase).toBe('下降3%');
    expect(
      targetStatus(target('trade', 'level', 'qualitative', null, null, ''), {
        measure: 'decrease',
        value: 3,
        unit: '%',
      }).status,
    ).toBe('not-comparable');
  });
});

describe('the status', () => {
  const status = (
    goal: StatusTarget,
    value: number,
    measure: StatusTarget['measure'] = goal.measure,
    unit = goal.unit,
  ) => targetStatus(goal, { measure, value, unit }).status;

  it('reads 以上 as a floor, 以内 as a ceiling and a range as inside', () => {
    expect(status(target('gdp', 'growth', 'at-least', 6, null), 6)).toBe('met');
    expect(status(target('gdp', 'growth', 'at-least', 6, null), 5.9)).toBe('missed');
    expect(status(target('unemployment-surveyed', 'level', 'at-most', null, 5.5), 5.5)).toBe('met');
    expect(status(target('unemployment-surveyed', 'level', 'at-most', null, 5.5), 5.6)).toBe('missed');
    expect(status(target('gdp', 'growth', 'range', 6, 6.5), 6.2)).toBe('met');
    expect(status(target('gdp', 'growth', 'range', 6, 6.5), 6.9)).toBe('missed');
  });

  it('reads a bare value as a floor, and as a ceiling for a limit such as prices', () => {
    expect(status(target('budget-revenue', 'growth', 'exact', 6, 6), 6.1)).toBe('met');
    expect(status(target('budget-revenue', 'growth', 'exact', 6, 6), 5.9)).toBe('missed');
    expect(status(target('cpi', 'growth', 'exact', 3, 3), 3.1)).toBe('missed');
    expect(status(target('cpi', 'growth', 'exact', 3, 3), 2)).toBe('met');
  });

  it('gives 左右 a quarter point on the side that misses: 5.5 meets 5.5%左右, not 6%左右', () => {
    expect(status(target('gdp', 'growth', 'about', 5.5, 5.5), 5.5)).toBe('met');
    expect(status(target('gdp', 'growth', 'about', 6, 6), 5.5)).toBe('missed');
    expect(status(target('gdp', 'growth', 'about', 6, 6), 5.8)).toBe('met');
    expect(status(target('gdp', 'growth', 'about', 6, 6), 7.5)).toBe('met');
    expect(status(target('cpi', 'growth', 'about', 3, 3), 3.2)).toBe('met');
    expect(status(target('cpi', 'growth', 'about', 3, 3), 3.3)).toBe('missed');
  });

  it('reads a fall by its size, a fall against a growth target as negative, and other multipliers as the same unit', () => {
    expect(status(target('energy-intensity', 'decrease', 'at-least', 3, null), 3.1)).toBe('met');
    expect(status(target('energy-intensity', 'decrease', 'at-least', 3, null), 1, 'growth')).toBe('missed');
    expect(status(target('trade', 'growth', 'exact', 0, 0), 2, 'decrease')).toBe('missed');
    expect(status(target('gdp', 'level', 'at-least', 9000, null, '亿元'), 1.2, 'level', '万亿元')).toBe('met');
  });

  it('compares nothing without an outcome, in another measure or in another unit', () => {
    expect(targetStatus(target('gdp', 'growth', 'about', 6, 6), null)).toEqual({
      status: 'not-comparable',
      rule: '回顾未给出数值',
    });
    expect(status(target('gdp', 'growth', 'about', 6, 6), 520, 'level', '亿元')).toBe('not-comparable');
    expect(status(target('urbanization', 'growth', 'exact', 1, 1, '个百分点'), 1.5, 'growth', '%')).toBe(
      'not-comparable',
    );
  });
});

describe('the shapes of the Jiangsu check', () => {
  it('takes a share indicator by its own share words (占GDP比重, 占比), and still no other share', () => {
    expect(
      results(
        'city',
        '过去一年，技术合同成交额596.2亿元，全社会研发经费支出占GDP比重3.28%，均居全省首位。全社会研发投入占比达2.64%。' +
          '外贸进出口占比达到60%。其中企业研发投入占比超过80%，企业研发投入强度2.4%。',
      ),
    ).toEqual([
      ['rd-intensity', 'level', 3.28, '%', '全社会研发经费支出占GDP比重3.28%', []],
      ['rd-intensity', 'level', 2.64, '%', '全社会研发投入占比达2.64%', []],
    ]);
  });

  it('gives a name after 、 the head of the name before it (实际利用内资…、外资…), and a share its whole', () => {
    expect(results('city', '过去一年，实际利用内资2567亿元、外资41亿美元。')).toEqual([
      ['fdi', 'level', 41, '亿美元', '实际利用内资2567亿元、外资41亿美元', []],
    ]);
    expect(results('province', '过去一年，全社会研发投入超过2700亿元，占GDP比重达2.72%。')).toEqual([
      ['rd-intensity', 'level', 2.72, '%', '全社会研发投入超过2700亿元，占GDP比重达2.72%', []],
    ]);
  });

  it('keeps a result and its name past a remark about another place after 、 (占全国11.2%, 居全国首位)', () => {
    expect(
      results(
        'province',
        '过去一年，全省新增城镇就业132.8万人、占全国11.2%。实际使用外资283.8亿美元、居全国首位，同比增长8.6%。',
      ),
    ).toEqual([
      ['new-jobs', 'level', 132.8, '万人', '全省新增城镇就业132.8万人', []],
      ['fdi', 'level', 283.8, '亿美元', '实际使用外资283.8亿美元', []],
      ['fdi', 'growth', 8.6, '%', '实际使用外资283.8亿美元、居全国首位，同比增长8.6%', []],
    ]);
    expect(results('city', '过去一年，全市新增城镇就业32.8万人、占全省11.2%，全省新增城镇就业292万人。')).toEqual([
      ['new-jobs', 'level', 32.8, '万人', '全市新增城镇就业32.8万人', []],
    ]);
  });

  it('takes no trade with a partner or a group of them for the total (对“一带一路”沿线国家进出口, 对东盟出口)', () => {
    expect(
      results(
        'province',
        '过去一年，对“一带一路”沿线国家和地区进出口增长22%、占比提升到25.4%，对东盟出口增长9%，对非洲、拉美市场出口分别增长20%、7.6%。' +
          '外贸进出口规模达5.2万亿元、增长17.1%。对外开放取得成效 全年对外贸易进出口总额增长8%。',
      ),
    ).toEqual([
      ['trade', 'level', 5.2, '万亿元', '外贸进出口规模达5.2万亿元', []],
      ['trade', 'growth', 17.1, '%', '外贸进出口规模达5.2万亿元、增长17.1%', []],
      ['trade', 'growth', 8, '%', '对外开放取得成效 全年对外贸易进出口总额增长8%', []],
    ]);
  });

  it('continues the name before it into ，可比价增长', () => {
    expect(results('city', '过去一年，地区生产总值1.27万亿元左右，可比价增长8%。')).toEqual([
      ['gdp', 'level', 1.27, '万亿元', '地区生产总值1.27万亿元左右', ['about']],
      ['gdp', 'growth', 8, '%', '地区生产总值1.27万亿元左右，可比价增长8%', ['comparable-prices']],
    ]);
  });

  it('takes the value a change reached, not the one it started from (从2.95%提升至3.38%)', () => {
    expect(results('city', '过去一年，全社会研发经费支出占GDP比重从2.95%提升至3.38%。')).toEqual([
      ['rd-intensity', 'level', 3.38, '%', '全社会研发经费支出占GDP比重从2.95%提升至3.38%', []],
    ]);
  });
});

describe('the shapes of the Fujian check', () => {
  it('takes no sector’s part of an indicator (服务业实际使用外资, 服务业进出口) for the total, but 服务业增加值 itself', () => {
    expect(
      results(
        'province',
        '过去一年，成功举办投洽会，全省服务业实际使用外资增长37.2%，服务业进出口增长9%，服务业增加值增长6.1%。',
      ),
    ).toEqual([['services', 'growth', 6.1, '%', '服务业增加值增长6.1%', []]]);
  });

  it('reads an amount 与上年持平 as a growth of 0, but not a rate 与上年持平 (last year’s rate)', () => {
    expect(
      results('city', '过去一年，进出口总额2526亿元，与上年持平；社会消费品零售总额增长5.5%，与上年持平。'),
    ).toEqual([
      ['trade', 'level', 2526, '亿元', '进出口总额2526亿元', []],
      ['trade', 'growth', 0, '%', '进出口总额2526亿元，与上年持平', []],
      ['retail-sales', 'growth', 5.5, '%', '社会消费品零售总额增长5.5%', []],
    ]);
  });

  it('reads a result named and 与上年持平 without a number as a growth of 0, not a rate so (涨幅基本持平)', () => {
    expect(
      results(
        'city',
        '过去一年，地区生产总值增长3%；固定资产投资额与上年持平；实际利用外资与上年基本持平；居民消费价格涨幅基本持平。',
      ),
    ).toEqual([
      ['gdp', 'growth', 3, '%', '地区生产总值增长3%', []],
      ['fixed-investment', 'growth', 0, '%', '固定资产投资额与上年持平', []],
      ['fdi', 'growth', 0, '%', '实际利用外资与上年基本持平', ['about']],
    ]);
  });
});

describe('the shapes of the Liaoning check', () => {
  it('gives the values after a 城乡 name, joined by 和, to 城镇 and 农村 in order (城乡…37342元和14656元)', () => {
    expect(results('province', '过去一年，城乡居民人均可支配收入37342元和14656元。')).toEqual([
      ['urban-income', 'level', 37342, '元', '城乡居民人均可支配收入37342元', []],
      ['rural-income', 'level', 14656, '元', '城乡居民人均可支配收入37342元和14656元', []],
    ]);
  });

  it('reads a 分别 clause after a list of two values with the list’s names (…分别达到51560元和28572元，分别增长7.7%和7.9%)', () => {
    expect(
      results('province', '过去一年，城镇和农村居民人均可支配收入分别达到51560元和28572元，分别增长7.7%和7.9%。'),
    ).toEqual([
      ['urban-income', 'level', 51560, '元', '城镇和农村居民人均可支配收入分别达到51560元', []],
      ['rural-income', 'level', 28572, '元', '城镇和农村居民人均可支配收入分别达到51560元和28572元', []],
      ['urban-income', 'growth', 7.7, '%', '城镇和农村居民人均可支配收入分别达到51560元和28572元，分别增长7.7%', []],
      [
        'rural-income',
        'growth',
        7.9,
        '%',
        '城镇和农村居民人均可支配收入分别达到51560元和28572元，分别增长7.7%和7.9%',
        [],
      ],
    ]);
  });
});

describe('the shapes of the Anhui check', () => {
  it('knows a term’s review that opens with 以来的五年 or 以来的四年 (省十三届人大一次会议以来的五年，…)', () => {
    expect(
      results(
        'province',
        '省十三届人大一次会议以来的五年，是很不平凡的五年。',
        '——人民生活水平明显提高。城镇新增就业347.7万人。',
        '刚刚过去的2022年，城镇新增就业69.02万人。',
        '本届政府以来的四年，我们真抓实干。',
        '——民生福祉持续增强。新增城镇就业近80万人。',
      ),
    ).toEqual([['new-jobs', 'level', 69.02, '万人', '城镇新增就业69.02万人', []]]);
  });

  it('reads a bound followed by 水平 as a value, not a threshold inside a name (维持在5%以下水平)', () => {
    expect(
      results(
        'province',
        '过去一年，我们取得了成绩。',
        '城镇新增就业70.5万人，城镇调查失业率维持在5%以下水平，居民消费价格涨幅控制在3%以下的水平。',
      ),
    ).toEqual([
      ['new-jobs', 'level', 70.5, '万人', '城镇新增就业70.5万人', []],
      ['unemployment-surveyed', 'level', 5, '%', '城镇调查失业率维持在5%以下', ['bound']],
      ['cpi', 'growth', 3, '%', '居民消费价格涨幅控制在3%以下', ['bound']],
    ]);
  });

  it('reads a five-year paragraph from 比上年 on, with the name before the mark (…台阶，2021年达到…，比上年增长12.3%)', () => {
    expect(
      results(
        'city',
        '五年来，我们取得了成绩。',
        '经济实力显著增强。地区生产总值跨越两个千亿元台阶，2021年达到4243.4亿元，比上年增长12.3%，五年年均增长13.2%。' +
          '城镇居民人均可支配收入突破2万元，比上年增长14.1%，五年年均增长12.3%。一般公共预算收入五年增长80%。',
      ),
    ).toEqual([
      ['gdp', 'growth', 12.3, '%', '生产总值跨越两个千亿元台阶，2021年达到4243.4亿元，比上年增长12.3%', []],
      ['urban-income', 'growth', 14.1, '%', '城镇居民人均可支配收入突破2万元，比上年增长14.1%', []],
    ]);
  });
});

describe('the shapes of the 2013–2017 check', () => {
  it('reads 上升 as a growth (居民消费价格总水平上升1.5%)', () => {
    expect(results('province', '过去一年，居民消费价格总水平上升1.5%；城镇登记失业率3.4%。')).toEqual([
      ['cpi', 'growth', 1.5, '%', '居民消费价格总水平上升1.5%', []],
      ['unemployment-registered', 'level', 3.4, '%', '城镇登记失业率3.4%', []],
    ]);
  });

  it('reads a clause that states the basis of a growth as more of the name before it (按省口径计算增长16.8%)', () => {
    expect(results('city', '过去一年，全年完成财政总收入558亿元，按省口径计算增长16.8%。')).toEqual([
      ['total-revenue', 'level', 558, '亿元', '全年完成财政总收入558亿元', []],
      ['total-revenue', 'growth', 16.8, '%', '全年完成财政总收入558亿元，按省口径计算增长16.8%', []],
    ]);
  });

  it('gives a list’s names to the next clause’s values in order without 分别 (…分别实现37675元、16364元，增长8.8%、9.4%)', () => {
    expect(results('city', '过去一年，城乡居民人均可支配收入分别实现37675元、16364元，增长8.8%、9.4%。')).toEqual([
      ['urban-income', 'level', 37675, '元', '城乡居民人均可支配收入分别实现37675元', []],
      ['rural-income', 'level', 16364, '元', '城乡居民人均可支配收入分别实现37675元、16364元', []],
      ['urban-income', 'growth', 8.8, '%', '城乡居民人均可支配收入分别实现37675元、16364元，增长8.8%', []],
      ['rural-income', 'growth', 9.4, '%', '城乡居民人均可支配收入分别实现37675元、16364元，增长8.8%、9.4%', []],
    ]);
  });
});

describe('the shapes of the 2020–2024 check', () => {
  it('knows a five-year review that opens with an address alone (各位代表！五年来，…)', () => {
    expect(
      results(
        'city',
        '过去一年，城镇新增就业1.2万人。',
        '各位代表！五年来，市政府面对错综复杂的外部形势，我们坚持稳中求进。',
        '——人民群众获得感不断提升。城乡居民人均可支配收入分别从36739元、12555元增至52523元、19507元。城镇新增就业8万人。',
      ),
    ).toEqual([['new-jobs', 'level', 1.2, '万人', '城镇新增就业1.2万人', []]]);
  });

  it('gives a clause of values joined by 、 without a name the name before it (跨过8000亿元台阶，达到8275.22亿元、增长4%)', () => {
    expect(
      results('city', '过去一年，全市地区生产总值跨过8000亿元台阶，达到8275.22亿元、增长4%，增速首次超过全省。'),
    ).toEqual([
      ['gdp', 'level', 8000, '亿元', '全市地区生产总值跨过8000亿元', []],
      ['gdp', 'level', 8275.22, '亿元', '全市地区生产总值跨过8000亿元台阶，达到8275.22亿元', []],
      ['gdp', 'growth', 4, '%', '全市地区生产总值跨过8000亿元台阶，达到8275.22亿元、增长4%', []],
    ]);
  });

  it('reads 总产量 with the 粮食 its sentence named before it (粮食生产再获大丰收，增产8.32亿斤，总产量达到816.16亿斤)', () => {
    expect(
      results(
        'province',
        '过去一年，粮食生产再获大丰收，增产8.32亿斤，总产量达到816.16亿斤，稳居全国第5位。' +
          '播种面积达到8780.7万亩，单产居粮食主产省第1位，总产量达到853.2亿斤。生猪出栏增长5%，总产量120万吨。',
      ),
    ).toEqual([
      ['grain', 'level', 816.16, '亿斤', '总产量达到816.16亿斤', []],
      ['grain', 'level', 853.2, '亿斤', '总产量达到853.2亿斤', []],
    ]);
  });
});
