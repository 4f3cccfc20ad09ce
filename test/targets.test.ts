// The year's main targets as values, on short texts of each shape the genre uses (written for these
// tests, not taken from reports): where the list is, where it ends, how its items are split and read.
import { describe, expect, it } from 'vitest';
import { build, MINIMAL } from './helpers.ts';

/** The minimal report with these paragraphs in place of its tasks paragraph. */
const withParagraphs = (...paragraphs: string[]) =>
  MINIMAL.replace('大力发展城市经济。推进总部经济。', paragraphs.join('\n'));

/** [indicator, name, phrase, qualifier, lower, upper] of each target, as a reader would list them. */
const rowsOf = (...paragraphs: string[]) =>
  build(withParagraphs(...paragraphs)).figures.targets.map((target) => [
    target.indicator,
    target.name,
    target.phrase,
    target.qualifier,
    target.lower,
    target.upper,
  ]);

const idsOf = (...paragraphs: string[]) => rowsOf(...paragraphs).map(([indicator]) => indicator);

describe('the list after an intro', () => {
  it('splits at ； and reads each bound as written, with a one-clause 指标 sentence after it', () => {
    expect(
      rowsOf(
        '综合考虑各种因素，今年的主要预期目标是：地区生产总值增长6%以上；城镇调查失业率控制在5.5%以内；' +
          '居民消费价格涨幅3%左右；一般公共预算收入增长5%。全面完成上级下达的节能减排约束性指标。重点抓好以下工作：',
      ),
    ).toEqual([
      ['gdp', '地区生产总值', '增长6%以上', 'at-least', 6, null],
      ['unemployment-surveyed', '城镇调查失业率', '控制在5.5%以内', 'at-most', null, 5.5],
      ['cpi', '居民消费价格涨幅', '3%左右', 'about', 3, 3],
      ['budget-revenue', '一般公共预算收入', '增长5%', 'exact', 5, 5],
      [null, '全面完成上级下达的节能减排约束性指标', '', 'qualitative', null, null],
    ]);
  });

  it('takes the sentences after the first while they read as targets, and skips a label among them', () => {
    expect(
      idsOf(
        '今年主要预期目标为：地区生产总值增长7%。一是预期性指标。固定资产投资增长9%，社会消费品零售总额增长6%。' +
          '这里需要说明，7%的目标留有余地。城镇登记失业率控制在4%以内。',
      ),
    ).toEqual(['gdp', 'fixed-investment', 'retail-sales']);
  });

  it('takes the sentence right after the intro’s when it opens with an indicator and a bound', () => {
    expect(
      rowsOf(
        '今年主要预期目标是：地区生产总值增长6%以上，居民消费价格涨幅3%左右。单位地区生产总值能耗降低3%左右，' +
          '生态环境质量持续好转，主要污染物排放完成国家下达的目标任务。重点做好十个方面工作。',
      ),
    ).toEqual([
      ['gdp', '地区生产总值', '增长6%以上', 'at-least', 6, null],
      ['cpi', '居民消费价格涨幅', '3%左右', 'about', 3, 3],
      ['energy-intensity', '单位地区生产总值能耗', '降低3%左右', 'about', 3, 3],
      [null, '生态环境质量', '持续好转', 'qualitative', null, null],
      [null, '主要污染物排放完成国家下达的目标任务', '', 'qualitative', null, null],
    ]);
    // Not a later sentence, nor one that opens otherwise or restates a target to explain it.
    expect(
      idsOf(
        '今年主要预期目标是：地区生产总值增长6%左右。经济增长目标设定为6%左右，考虑了动力支撑，与其他预期目标相协调。',
      ),
    ).toEqual(['gdp']);
    expect(
      idsOf(
        '今年主要预期目标是：地区生产总值增长6%以上。城镇新增就业10万人。单位地区生产总值能耗降低3%左右，生态环境持续好转，社会和谐稳定。',
      ),
    ).toEqual(['gdp', 'new-jobs']);
  });

  it('reads a list written one item to a paragraph after an intro that ends its paragraph', () => {
    expect(
      rowsOf(
        '今年经济社会发展的主要预期目标是：',
        '——地区生产总值增长6.5%左右；',
        '——引进内资增长10%；',
        '——城乡居民人均可支配收入与经济增长同步。',
        '围绕上述目标，重点做好以下工作。',
      ),
    ).toEqual([
      ['gdp', '地区生产总值', '增长6.5%左右', 'about', 6.5, 6.5],
      [null, '引进内资', '增长10%', 'exact', 10, 10],
      ['income', '城乡居民人均可支配收入', '与经济增长同步', 'qualitative', null, null],
    ]);
  });

  it('links each target to its own paragraph when the list takes several', () => {
    const { figures } = build(withParagraphs('主要预期目标是：', '——地区生产总值增长6%；', '——进出口总额增长3%。'));
    expect(figures.targets.map((target) => [target.paragraph, target.text])).toEqual([
      ['p6', '地区生产总值增长6%'],
      ['p7', '进出口总额增长3%'],
    ]);
  });

  it('knows the intros of the genre: a colon alone, 为 without a colon, a clause before the colon', () => {
    expect(idsOf('今年主要预期目标：地区生产总值增长6%。')).toEqual(['gdp']);
    expect(idsOf('今年全市经济发展的预期目标为生产总值增长9%，一般公共预算收入增长9%。')).toEqual([
      'gdp',
      'budget-revenue',
    ]);
    expect(idsOf('今年主要预期目标，按保持“两个同步”的原则安排：地区生产总值增长7%，进出口总值平稳增长。')).toEqual([
      'gdp',
      'trade',
    ]);
    expect(idsOf('新一年各项主要指标的计划安排是：全市生产总值增长10%；固定资产投资增长20%。')).toEqual([
      'gdp',
      'fixed-investment',
    ]);
  });

  it('names a value that follows the intro by the intro’s own words (经济增长预期目标为7%左右)', () => {
    expect(rowsOf('综合分析各种情况，今年经济增长预期目标为7%左右，这是经过努力可以实现的。')).toEqual([
      ['gdp', '经济', '7%左右', 'about', 7, 7],
    ]);
    const [gdp] = build(withParagraphs('今年经济增长预期目标为6%—6.5%。')).figures.targets;
    expect([gdp?.measure, gdp?.qualifier, gdp?.lower, gdp?.upper]).toEqual(['growth', 'range', 6, 6.5]);
  });

  it('drops a preface and an aspiration, and keeps a number an aspiration gives as the stretch', () => {
    const { figures } = build(
      withParagraphs(
        '今年主要预期目标是：在提高质量、优化结构的基础上，地区生产总值增长6%左右，在实际工作中努力争取更好结果；' +
          '一般公共预算收入增长5%，实际工作按6%争取；进出口总额增长3%，力争4%。',
      ),
    );
    expect(figures.targets.map((target) => [target.indicator, target.phrase, target.lower, target.stretch])).toEqual([
      ['gdp', '增长6%左右', 6, undefined],
      ['budget-revenue', '增长5%，实际工作按6%争取', 5, 6],
      ['trade', '增长3%，力争4%', 3, 4],
    ]);
  });

  it('reads an amount and its growth as two targets of one indicator', () => {
    const { figures } = build(withParagraphs('主要预期目标是：地区生产总值突破800亿元、增长7%以上。'));
    expect(
      figures.targets.map((target) => [target.indicator, target.phrase, target.measure, target.qualifier, target.unit]),
    ).toEqual([
      ['gdp', '突破800亿元', 'level', 'at-least', '亿元'],
      ['gdp', '增长7%以上', 'growth', 'at-least', '%'],
    ]);
  });
});

describe('clauses inside a list', () => {
  it('reads on after a sub-intro with its colon, and takes a colon between numbers for a ratio', () => {
    expect(
      idsOf(
        '主要预期目标是：地区生产总值增长7%；主要约束性指标是：单位生产总值能耗下降3%，人口自然增长率控制在6‰以内。',
      ),
    ).toEqual(['gdp', 'energy-intensity', 'population-growth']);
    expect(rowsOf('主要预期目标是：地区生产总值增长7%，三次产业比例调整为8：45：47，一般公共预算收入增长6%。')).toEqual(
      [
        ['gdp', '地区生产总值', '增长7%', 'exact', 7, 7],
        [null, '三次产业比例', '调整为8：45：47', 'qualitative', null, null],
        ['budget-revenue', '一般公共预算收入', '增长6%', 'exact', 6, 6],
      ],
    );
  });

  it('ends the list at a colon that introduces something else', () => {
    expect(idsOf('主要预期目标是：地区生产总值增长7%，进出口总额增长5%，重点抓好以下工作：扩大有效投资。')).toEqual([
      'gdp',
      'trade',
    ]);
  });

  it('drops an aspiration after 、 and a clause about a plan’s period with a number', () => {
    expect(
      rowsOf(
        '主要预期目标是：地区生产总值增长8%、工作中争取更好结果；粮食产量稳定在50亿斤，完成“十四五”任务总量的80%。',
      ),
    ).toEqual([
      ['gdp', '地区生产总值', '增长8%', 'exact', 8, 8],
      ['grain', '粮食产量', '稳定在50亿斤', 'exact', 50, 50],
    ]);
  });
});

describe('items of one value for several names', () => {
  it('splits 分别 into one target per name, with each value’s own qualifier', () => {
    expect(
      rowsOf(
        '主要预期目标是：城乡居民人均可支配收入分别增长7%、8%；城镇调查失业率、城镇登记失业率分别控制在5.5%左右和4%以内；' +
          '医疗床位、养老床位分别达到4万张、3万张以上。',
      ),
    ).toEqual([
      ['urban-income', '城镇居民人均可支配收入', '增长7%', 'exact', 7, 7],
      ['rural-income', '农村居民人均可支配收入', '8%', 'exact', 8, 8],
      ['unemployment-surveyed', '城镇调查失业率', '控制在5.5%左右', 'about', 5.5, 5.5],
      ['unemployment-registered', '城镇登记失业率', '4%以内', 'at-most', null, 4],
      [null, '医疗床位', '达到4万张', 'at-least', 4, null],
      [null, '养老床位', '3万张以上', 'at-least', 3, null],
    ]);
  });

  it('reads a qualifier after the last value of a 分别 list as every value’s, unless they carry their own', () => {
    expect(
      rowsOf(
        '主要预期目标是：城乡居民人均可支配收入分别增长7%、8%左右；单位地区生产总值能耗、二氧化碳排放量分别降低3%、4.4%左右；' +
          '固定资产投资、社会消费品零售总额分别增长9%以上、8%左右。',
      ),
    ).toEqual([
      ['urban-income', '城镇居民人均可支配收入', '增长7%', 'about', 7, 7],
      ['rural-income', '农村居民人均可支配收入', '8%左右', 'about', 8, 8],
      ['energy-intensity', '单位地区生产总值能耗', '降低3%', 'about', 3, 3],
      ['carbon-intensity', '单位地区生产总值二氧化碳排放量', '4.4%左右', 'about', 4.4, 4.4],
      ['fixed-investment', '固定资产投资', '增长9%以上', 'at-least', 9, null],
      ['retail-sales', '社会消费品零售总额', '8%左右', 'about', 8, 8],
    ]);
  });

  it('reads a 分别 list whose values have no ASCII digit without failing (分别增长６％、１０％)', () => {
    expect(idsOf('主要预期目标是：地区生产总值增长6%，其中一、二、三产业分别增长６％、１０％、１１％。')[0]).toBe(
      'gdp',
    );
  });

  it('pairs a 分别 list’s words without a number with their name (分别控制在省定标准和3.5%以内)', () => {
    expect(rowsOf('主要预期目标是：城镇调查失业率和登记失业率分别控制在省定标准和3.5%以内。')).toEqual([
      ['unemployment-surveyed', '城镇调查失业率', '控制在省定标准', 'qualitative', null, null],
      ['unemployment-registered', '登记失业率', '3.5%以内', 'at-most', null, 3.5],
    ]);
  });

  it('gives one value to each name of the vocabulary listed before it (和, 、, 均)', () => {
    expect(
      rowsOf('主要预期目标是：固定资产投资和社会消费品零售总额增长9%；城镇、农村居民人均可支配收入均增长6%以上。'),
    ).toEqual([
      ['fixed-investment', '固定资产投资', '增长9%', 'exact', 9, 9],
      ['retail-sales', '社会消费品零售总额', '增长9%', 'exact', 9, 9],
      ['urban-income', '城镇居民人均可支配收入', '增长6%以上', 'at-least', 6, null],
      ['rural-income', '农村居民人均可支配收入', '增长6%以上', 'at-least', 6, null],
    ]);
  });

  it('gives one value to each name listed before it when some are of the vocabulary and some not', () => {
    expect(rowsOf('主要预期目标是：有效投资、一般公共预算收入、城乡居民收入增长与经济增长基本同步。')).toEqual([
      [null, '有效投资', '增长与经济增长基本同步', 'qualitative', null, null],
      ['budget-revenue', '一般公共预算收入', '增长与经济增长基本同步', 'qualitative', null, null],
      ['income', '城乡居民收入', '增长与经济增长基本同步', 'qualitative', null, null],
    ]);
  });

  it('reads 增长持平 and 与上年持平 as a growth of 0, the name before it (and builds)', () => {
    expect(
      rowsOf(
        '主要预期目标是：地区生产总值增长6%，外贸进出口总额增长持平，地方级财政收入与上年持平，居民消费价格持平或略有上升。',
      ),
    ).toEqual([
      ['gdp', '地区生产总值', '增长6%', 'exact', 6, 6],
      ['trade', '外贸进出口总额', '增长持平', 'exact', 0, 0],
      ['local-revenue', '地方级财政收入', '与上年持平', 'exact', 0, 0],
      ['cpi', '居民消费价格持平或略有上升', '', 'qualitative', null, null],
    ]);
  });

  it('keeps names it does not know together, and a name’s threshold out of its value', () => {
    expect(rowsOf('主要预期目标是：地区生产总值增长6%；外贸、外资保持稳定；500万元以上工业企业增加值增长8%。')).toEqual(
      [
        ['gdp', '地区生产总值', '增长6%', 'exact', 6, 6],
        [null, '外贸、外资', '保持稳定', 'qualitative', null, null],
        [null, '500万元以上工业企业增加值', '增长8%', 'exact', 8, 8],
      ],
    );
  });

  it('gives a listed name the half of the last name that makes it one of the vocabulary', () => {
    expect(rowsOf('主要预期目标是：规模以上工业、服务业增加值分别增长8%、7%。')).toEqual([
      ['industry', '规模以上工业增加值', '增长8%', 'exact', 8, 8],
      ['services', '服务业增加值', '7%', 'exact', 7, 7],
    ]);
  });

  it('knows a per-unit name by the head the item before it gives', () => {
    expect(idsOf('主要预期目标是：单位地区生产总值能耗下降3%，二氧化碳排放下降3.5%。')).toEqual([
      'energy-intensity',
      'carbon-intensity',
    ]);
  });
});

describe('no intro, or not the year’s', () => {
  it('takes a sentence of this year’s targets without an intro, when it names three indicators', () => {
    expect(
      idsOf('综合考虑各方面因素，今年全市地区生产总值增长7.5%左右，固定资产投资增长9%左右，社会消费品零售总额增长7%。'),
    ).toEqual(['gdp', 'fixed-investment', 'retail-sales']);
  });

  it('reads on from such a sentence into the sentences after it', () => {
    expect(
      idsOf('综合考虑各方面因素，今年全市地区生产总值增长6%左右。固定资产投资增长7%。城镇登记失业率控制在4.5%以内。'),
    ).toEqual(['gdp', 'fixed-investment', 'unemployment-registered']);
  });

  it('needs fewer indicators after 综合考虑 (two) and after 预期增长 (one)', () => {
    expect(idsOf('综合考虑各种因素，全市生产总值要力保增长12%，地方财政一般预算收入增长13%。')).toEqual([
      'gdp',
      'budget-revenue',
    ]);
    expect(rowsOf('今年全省国内生产总值预期增长9%，其中一、二、三产业分别增长4%、11%、10%。')).toEqual([
      ['gdp', '全省国内生产总值', '预期增长9%', 'exact', 9, 9],
      [null, '一产业', '增长4%', 'exact', 4, 4],
      [null, '二产业', '11%', 'exact', 11, 11],
      [null, '三产业', '10%', 'exact', 10, 10],
    ]);
  });

  it('takes a result’s words late in such a sentence for a target’s (比上年提升2个百分点)', () => {
    expect(
      idsOf(
        '综合考虑各方面因素，今年全省地区生产总值增长8%，固定资产投资增长8.5%，制造业增加值占比比上年提升2个百分点。',
      ),
    ).toEqual(['gdp', 'fixed-investment', null]);
  });

  it('finds none in a sentence of one indicator, or in a plan’s aims without an intro', () => {
    expect(rowsOf('今年全市地区生产总值增长6%左右，力争更好。')).toEqual([]);
    expect(rowsOf('——到2027年，地区生产总值增长7%以上，固定资产投资增长10%左右，城镇登记失业率控制在4%以内。')).toEqual(
      [],
    );
    expect(
      rowsOf('力争经济总量五年翻一番，地区生产总值突破900亿元，一般公共预算收入突破80亿元，固定资产投资增长10%以上。'),
    ).toEqual([]);
  });

  it('finds none after an intro in a sentence about a plan’s period', () => {
    expect(rowsOf('今后五年，全市经济社会发展的主要预期目标是：地区生产总值增长7%左右，进出口总额增长5%。')).toEqual(
      [],
    );
    expect(
      rowsOf('《纲要》对今后五年的目标作了量化。主要预期目标是：地区生产总值增长6%，固定资产投资增长8%。'),
    ).toEqual([]);
    expect(idsOf('2022年是“十四五”时期的关键一年。主要预期目标是：地区生产总值增长6%，固定资产投资增长8%。')).toEqual([
      'gdp',
      'fixed-investment',
    ]);
  });

  it('finds none in a plan’s goals, a review’s results or last year’s targets', () => {
    expect(rowsOf('今后五年的主要目标是：地区生产总值年均增长7%以上，一般公共预算收入年均增长6%。')).toEqual([]);
    expect(rowsOf('“十五五”时期主要预期目标是：地区生产总值增长6%左右。')).toEqual([]);
    expect(rowsOf('去年确定的主要预期目标是：地区生产总值增长6%，居民消费价格涨幅3%左右。')).toEqual([]);
    expect(rowsOf('预计全年地区生产总值增长6%左右，固定资产投资增长8%，社会消费品零售总额增长5%。')).toEqual([]);
    expect(rowsOf('主要目标是：2027年地区生产总值达到1000亿元，一般公共预算收入达到80亿元。')).toEqual([]);
  });

  it('takes a list whose words before its first indicator set a later year for a plan’s', () => {
    expect(
      idsOf(
        '奋斗目标是：确保到2025年高水平建成小康社会。在此基础上继续前行，力争到2027年，全区生产总值超过900亿元，' +
          '城镇居民人均可支配收入超过9万元，农村居民人均可支配收入超过5万元。',
        '建议2022年全区经济社会发展主要预期目标为：地区生产总值增长6%左右，城乡居民收入增长与经济增长同步。',
      ),
    ).toEqual(['gdp', 'income']);
  });

  it('finds none in a list that names no indicator', () => {
    expect(rowsOf('推进投资体制改革。主要目标是：改革企业投资管理制度，健全投资调控体系。')).toEqual([]);
  });

  it('publishes no targets for a report without a targets sentence', () => {
    const { figures } = build(MINIMAL);
    expect(figures.targets).toEqual([]);
    expect(figures.goals).toEqual([]);
  });
});

describe('each target in the report', () => {
  it('finds the year’s targets in a part named for the five-year goals, and in reading order', () => {
    const text = MINIMAL.replace(
      '今后五年，我们将继续努力。',
      '今年的主要预期目标是：地区生产总值增长6%以上。',
    ).replace('大力发展城市经济。推进总部经济。', '主要预期目标是：地区生产总值增长9%。');
    expect(build(text).figures.targets.map((target) => [target.paragraph, target.phrase])).toEqual([
      ['p4', '增长6%以上'],
    ]);
  });

  it('gives each target its exact words and a text-fragment link to them', () => {
    const { figures, report } = build(
      withParagraphs('今年的主要预期目标是：地区生产总值增长6%以上；固定资产投资增长12%以上。'),
    );
    const paragraph = report.sections
      .flatMap((section) => section.blocks)
      .find((block) => block.text.includes('主要预期目标'))!;
    expect(figures.targets.map((target) => target.text)).toEqual(['地区生产总值增长6%以上', '固定资产投资增长12%以上']);
    for (const target of figures.targets) {
      expect(paragraph.text).toContain(target.text);
      expect(target.paragraph).toBe(paragraph.id);
      expect(target.url).toMatch(new RegExp(`^/tasks/#${paragraph.id}:~:text=`));
    }
    expect(decodeURIComponent(figures.targets[0]!.url.split('text=')[1]!)).toBe('地区生产总值增长6%以上');
  });
});

describe('the shapes of the Anhui check', () => {
  it('takes no intro in a part about a plan’s period whose sentence does not speak of this year', () => {
    const text = MINIMAL.replace(
      '今后五年，我们将继续努力。',
      '经济社会发展的主要目标是：经济高质量发展迈出更大步伐，人均地区生产总值达到9万元左右。',
    ).replace(
      '大力发展城市经济。推进总部经济。',
      '全区经济社会发展主要预期目标为：地区生产总值增长6.5%左右，城镇新增就业4万人。',
    );
    expect(build(text).figures.targets.map((target) => [target.indicator, target.phrase])).toEqual([
      ['gdp', '增长6.5%左右'],
      ['new-jobs', '4万人'],
    ]);
  });

  it('still takes an intro that speaks of this year in such a part', () => {
    const text = MINIMAL.replace(
      '今后五年，我们将继续努力。',
      '今年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，城镇新增就业4万人。',
    );
    expect(build(text).figures.targets.map((target) => target.indicator)).toEqual(['gdp', 'new-jobs']);
  });

  it('reads 迈上…台阶 as a floor, with 迈上 part of the value (全市地区生产总值迈上1万亿元台阶)', () => {
    expect(rowsOf('今年的主要预期目标是：全市地区生产总值迈上1万亿元台阶；城镇新增就业13万人。')).toEqual([
      ['gdp', '全市地区生产总值', '迈上1万亿元台阶', 'at-least', 1, null],
      ['new-jobs', '城镇新增就业', '13万人', 'exact', 13, 13],
    ]);
  });
});

describe('the shapes of the Hunan check', () => {
  it('reads on past a sentence that opens with a heading clause (协调发展取得新成效，…)', () => {
    expect(
      idsOf(
        '今年主要预期目标是：生产总值增长7%，一般公共预算收入增长7%。创新发展取得新成果，研发经费投入强度达到1.5%。' +
          '协调发展取得新成效，常住人口城镇化率提高1.5个百分点以上，人均预期寿命持续提高，九年义务教育巩固率达到95%，' +
          '社会事业全面进步。绿色发展取得新提升，单位生产总值能耗下降3%以上，主要污染物排放量完成国家下达目标。' +
          '共享发展取得新进步，居民人均可支配收入增长8%。以上目标，更加凸显了高质量发展要求。',
      ).filter((id) => id !== null),
    ).toEqual(['gdp', 'budget-revenue', 'rd-intensity', 'urbanization', 'energy-intensity', 'income']);
  });

  it('reads on past a sentence of qualitative items that ends in a task to complete (…完成国家下达的…目标。)', () => {
    expect(
      rowsOf(
        '今年主要预期目标是：地区生产总值增长7%以上，居民消费价格涨幅控制在3%左右。居民收入稳步增长。' +
          '生态环境质量进一步改善，完成国家下达的能耗“双控”目标。确保粮食播种面积和产量稳定。重点抓好以下工作：',
      ).filter(([indicator]) => indicator !== null),
    ).toEqual([
      ['gdp', '地区生产总值', '增长7%以上', 'at-least', 7, null],
      ['cpi', '居民消费价格', '涨幅控制在3%左右', 'about', 3, 3],
      ['income', '居民收入', '稳步增长', 'qualitative', null, null],
      ['grain', '粮食播种面积和产量', '稳定', 'qualitative', null, null],
    ]);
  });

  it('still ends the list at a remark without aims that speaks of completing the targets', () => {
    expect(
      idsOf(
        '今年主要预期目标是：地区生产总值增长7%以上，居民消费价格涨幅控制在3%左右。' +
          '从今年的发展环境看，我们有基础完成这些目标。城镇新增就业10万人。',
      ),
    ).toEqual(['gdp', 'cpi']);
  });

  it('gives the values of a 分别 list the unit written after the last (分别提高1.5个和2个百分点)', () => {
    const { figures } = build(
      withParagraphs(
        '今年主要预期目标是：地区生产总值增长7%，常住人口城镇化率和户籍人口城镇化率分别提高1.5个和2个百分点。',
      ),
    );
    expect(figures.targets.map((target) => [target.indicator, target.lower, target.unit])).toEqual([
      ['gdp', 7, '%'],
      ['urbanization', 1.5, '个百分点'],
      ['urbanization', 2, '个百分点'],
    ]);
  });
});

describe('the shapes of the 2020–2024 check', () => {
  it('reads a range written with a full-width minus (增长5%－6%) as a range', () => {
    expect(
      rowsOf('今年主要预期目标是：地区生产总值增长5%－6%，城镇新增就业21万人，居民消费价格涨幅3.5%左右。'),
    ).toEqual([
      ['gdp', '地区生产总值', '增长5%－6%', 'range', 5, 6],
      ['new-jobs', '城镇新增就业', '21万人', 'exact', 21, 21],
      ['cpi', '居民消费价格涨幅', '3.5%左右', 'about', 3.5, 3.5],
    ]);
  });
});
