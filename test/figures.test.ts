// The numbers of a report: targets, goals and figures, on sentences of every form the genre uses.
import { describe, expect, it } from 'vitest';
import { extractFigures, findFigures, goalItems, targetItems, verifyFigures } from '../src/pipeline/figures.ts';
import type { FiguresFile } from '../src/schemas/figures.ts';
import { build, MINIMAL } from './helpers.ts';

/** indicator → target of each item, as a reader would list them. */
const rows = (text: string) => targetItems(text)?.map((item) => [item.indicator, item.target, item.numbers] as const);

describe('the year’s targets', () => {
  it('splits a list at ； and keeps a sentence of one clause ending in 指标 as a target without a number', () => {
    expect(
      rows(
        '综合考虑各种因素，今年经济社会发展的主要预期目标是：地区生产总值增长6%以上；一般公共预算收入增长7%以上；' +
          '全社会消费品零售总额增长7%左右。全面完成上级下达的节能减排约束性指标。具体工作当中，重点抓好以下五个方面：',
      ),
    ).toEqual([
      ['地区生产总值', '增长6%以上', [6]],
      ['一般公共预算收入', '增长7%以上', [7]],
      ['全社会消费品零售总额', '增长7%左右', [7]],
      ['全面完成上级下达的节能减排约束性指标', '', []],
    ]);
  });

  it('splits at ， too, and stops before a sentence of several clauses', () => {
    expect(
      rows(
        '主要预期目标建议为：地区生产总值增长7%以上，固定资产投资增长10%以上，社会消费品零售总额增速高于全省平均水平，' +
          '全面完成省下达的节能减排约束性指标。在实际工作中，要自我加压，力争各项指标完成得更好一些。',
      ),
    ).toEqual([
      ['地区生产总值', '增长7%以上', [7]],
      ['固定资产投资', '增长10%以上', [10]],
      ['社会消费品零售总额增速', '高于全省平均水平', []],
      ['全面完成省下达的节能减排约束性指标', '', []],
    ]);
  });

  it('keeps 力争 with its item, across ， or 、', () => {
    expect(rows('主要目标是：地区生产总值增长6%，力争6.5%；一般公共预算收入增长6%、力争7%。')).toEqual([
      ['地区生产总值', '增长6%，力争6.5%', [6, 6.5]],
      ['一般公共预算收入', '增长6%、力争7%', [6, 7]],
    ]);
  });

  it('keeps an amount and its growth as one item', () => {
    expect(rows('主要预期目标为：地区生产总值1910亿元，增长15%以上；进出口总额增长5%。')).toEqual([
      ['地区生产总值', '1910亿元，增长15%以上', [1910, 15]],
      ['进出口总额', '增长5%', [5]],
    ]);
  });

  it('reads a range as two numbers', () => {
    expect(rows('主要预期目标是：地区生产总值增长7.5%—8%；城镇调查失业率控制在5.5%以内。')).toEqual([
      ['地区生产总值', '增长7.5%—8%', [7.5, 8]],
      ['城镇调查失业率', '控制在5.5%以内', [5.5]],
    ]);
  });

  it('splits 分别 into one item per value, naming each', () => {
    expect(
      rows('主要预期目标是：城乡居民人均可支配收入分别增长7%、8%；医疗床位、养老床位分别达到4万张、3.5万张以上。'),
    ).toEqual([
      ['城镇居民人均可支配收入', '增长7%', [7]],
      ['农村居民人均可支配收入', '增长8%', [8]],
      ['医疗床位', '达到4万张', [4]],
      ['养老床位', '达到3.5万张以上', [3.5]],
    ]);
  });

  it('does not take the numbers of a name for values', () => {
    expect(rows('主要预期目标是：500万元以上工业企业增加值增长8%；规模以上工业增加值增长7%。')).toEqual([
      ['500万元以上工业企业增加值', '增长8%', [8]],
      ['规模以上工业增加值', '增长7%', [7]],
    ]);
  });

  it('keeps names joined by 、 together', () => {
    expect(rows('主要预期目标是：外贸、外资保持稳定，节能、环保指标完成省下达任务。')?.map(([name]) => name)).toEqual([
      '外贸、外资',
      '节能、环保指标完成省下达任务',
    ]);
  });

  it('finds none in a paragraph without a targets sentence', () => {
    expect(targetItems('今年，我们将坚持稳中求进，地区生产总值增长6%以上。')).toBeUndefined();
  });

  it('publishes no targets for a report without a targets sentence, and says so in figures.json', () => {
    const { figures } = build(MINIMAL);
    expect(figures.targets).toEqual([]);
    expect(figures.goals).toEqual([]);
  });

  it('gives each target its exact words and a text-fragment link to them', () => {
    const text = MINIMAL.replace(
      '大力发展城市经济。推进总部经济。',
      '大力发展城市经济。今年的主要预期目标是：地区生产总值增长6%以上；固定资产投资增长12%以上。',
    );
    const { figures, report } = build(text);
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

describe('the five-year goals', () => {
  it('takes each clause with a figure as an item', () => {
    const text =
      '——更高质量推动产业发展。新兴产业塑成优势，“2+4”现代产业体系基本形成，地区生产总值年均增长7%以上，“四新”经济占比超过38.5%。';
    expect(goalItems(text).map((item) => [item.indicator, item.target])).toEqual([
      ['地区生产总值', '年均增长7%以上'],
      ['“四新”经济占比', '超过38.5%'],
    ]);
  });
});

describe('every figure', () => {
  const texts = (text: string) => findFigures(text).map((figure) => [figure.text, figure.unit, figure.kind]);

  it('finds numbers with their units and counters, as written', () => {
    expect(
      texts('预计地区生产总值年均增长5.3%，达到757.5亿元；惠及群众4.7万余户，60余项经验，整治河道15.5公里。'),
    ).toEqual([
      ['5.3%', '%', 'percent'],
      ['757.5亿元', '亿元', 'money'],
      ['4.7万余户', '万户', 'count'],
      ['60余项', '项', 'count'],
      ['15.5公里', '公里', 'measure'],
    ]);
  });

  it('reads a range as one figure', () => {
    expect(findFigures('增长7.5%—8%')).toMatchObject([{ text: '7.5%—8%', value: 7.5, upTo: 8, unit: '%' }]);
  });

  it('skips years, ratios, codes, ordinals, quoted names and thresholds in names', () => {
    expect(
      texts('是2016年的1.4倍，比例为0.23∶31.8∶67.97，PM2.5下降，第2名，落实“人才金政37条”，500万元以上工业企业30家'),
    ).toEqual([
      ['1.4倍', '倍', 'percent'],
      ['30家', '家', 'count'],
    ]);
  });

  it('keeps a figure with 以上 at the end of a clause', () => {
    expect(texts('新建改造绿地40万平方米以上，增长7%以上和8%')).toEqual([
      ['40万平方米以上', '万平方米', 'measure'],
      ['7%以上', '%', 'percent'],
      ['8%', '%', 'percent'],
    ]);
  });

  it('groups figures by section and sub-part, each with its clause', () => {
    const { figures } = build(MINIMAL.replace('推进总部经济。', '推进总部经济，签约项目10个以上。'));
    expect(figures.figures).toEqual([
      expect.objectContaining({
        text: '10个以上',
        section: 'tasks',
        subpart: 'tasks-1',
        clause: '签约项目10个以上',
        offset: 4,
      }),
    ]);
  });
});

describe('the build refuses figures that are not in the text', () => {
  const { figures, report } = build(MINIMAL.replace('推进总部经济。', '推进总部经济，签约项目10个以上。'));

  it('accepts what it extracted', () => {
    expect(() => verifyFigures(extractFigures(report), report)).not.toThrow();
  });

  it('names the paragraph of a figure that is not verbatim', () => {
    const tampered: FiguresFile = {
      ...figures,
      figures: [{ ...figures.figures[0]!, text: '12个以上' }],
    };
    expect(() => verifyFigures(tampered, report)).toThrow(/第9行 \(line 9\): 第5段 \(p5\) 中没有原文 “12个以上”/);
  });

  it('names the paragraph of a target whose number is not in its words', () => {
    const tampered: FiguresFile = {
      ...figures,
      targets: [
        {
          indicator: '签约项目',
          target: '10个以上',
          text: '签约项目10个以上',
          numbers: [11],
          paragraph: 'p5',
          number: 5,
          url: '/tasks/#p5',
        },
      ],
    };
    expect(() => verifyFigures(tampered, report)).toThrow(/第5段 \(p5\) 中没有 “11”/);
  });
});
