// The numbers of a report: targets, goals and figures, on sentences of every form the genre uses.
import { describe, expect, it } from 'vitest';
import { extractFigures, findFigures, goalItems, verifyFigures } from '../src/pipeline/figures.ts';
import type { FiguresFile, Target } from '../src/schemas/figures.ts';
import { build, MINIMAL } from './helpers.ts';

describe('the five-year goals', () => {
  it('takes each clause with a figure as an item', () => {
    const text =
      '——更高质量推动产业发展。新兴产业塑成优势，“2+4”现代产业体系基本形成，地区生产总值年均增长7%以上，“四新”经济占比超过38.5%。';
    expect(goalItems(text).map((item) => [item.indicator, item.name, item.phrase, item.qualifier, item.lower])).toEqual(
      [
        ['gdp', '地区生产总值', '年均增长7%以上', 'at-least', 7],
        [null, '“四新”经济占比', '超过38.5%', 'at-least', 38.5],
      ],
    );
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

  const target: Target = {
    indicator: null,
    name: '签约项目',
    phrase: '10个以上',
    measure: 'level',
    lower: 10,
    upper: null,
    qualifier: 'at-least',
    unit: '个',
    text: '签约项目10个以上',
    numbers: [10],
    paragraph: 'p5',
    number: 5,
    url: '/tasks/#p5',
  };

  it('accepts a target whose words, phrase, numbers and bounds are the paragraph’s', () => {
    expect(() => verifyFigures({ ...figures, targets: [target] }, report)).not.toThrow();
  });

  it('names the paragraph of a target whose number is not in its words', () => {
    const tampered = { ...figures, targets: [{ ...target, numbers: [11] }] };
    expect(() => verifyFigures(tampered, report)).toThrow(/第5段 \(p5\) 中没有 “11”/);
  });

  it('names the paragraph of a target whose phrase is not in its words', () => {
    const tampered = { ...figures, targets: [{ ...target, phrase: '12个以上' }] };
    expect(() => verifyFigures(tampered, report)).toThrow(/第5段 \(p5\) 中没有 “12个以上”/);
  });

  it('names the paragraph of a target whose bound is none of its numbers', () => {
    const tampered = { ...figures, targets: [{ ...target, lower: 12 }] };
    expect(() => verifyFigures(tampered, report)).toThrow(/第5段 \(p5\) 的目标 “签约项目10个以上” 中没有数值 12/);
  });
});
