// What a single line of a 政府工作报告 looks like: the questions the parser asks of each line.
import { describe, expect, it } from 'vitest';
import { MAX_PART_HEADING, MAX_SUB_PART_HEADING } from '../src/pipeline/genre-profile.ts';
import {
  afterNumber,
  appendixListStart,
  headerRoleOf,
  isAddress,
  isAppendixLabel,
  isAppendixMarker,
  isHeadingShaped,
  isLooseHeading,
  isStatementHeading,
  noteRoleOf,
  numberingOf,
  partKindOf,
  runInPartLead,
  runInSubPartLead,
} from '../src/pipeline/line-shapes.ts';

describe('numberingOf: a line’s leading official number', () => {
  it('reads 一、 as the outermost style, with its value and its mark as written', () => {
    expect(numberingOf('一、过去五年工作回顾')).toEqual({ style: 'cn-comma', rank: 0, value: 1, mark: '一、' });
    expect(numberingOf('十、完善社会治理')).toMatchObject({ rank: 0, value: 10, mark: '十、' });
    expect(numberingOf('十二、加强生态保护')).toMatchObject({ rank: 0, value: 12 });
    expect(numberingOf('二十一、其他')).toMatchObject({ rank: 0, value: 21 });
  });

  it('reads （一） as the second style, in full-width or ASCII brackets', () => {
    expect(numberingOf('（一）着力扩大需求稳定增长')).toEqual({
      style: 'cn-paren',
      rank: 1,
      value: 1,
      mark: '（一）',
    });
    expect(numberingOf('(三)推进城市更新')).toMatchObject({ style: 'cn-paren', value: 3, mark: '(三)' });
    expect(numberingOf('（十一）大力推动文化繁荣')).toMatchObject({ rank: 1, value: 11 });
  });

  it('reads 第一， at a line start as the style after （一）', () => {
    expect(numberingOf('第一，坚持稳字当头。正文')).toEqual({ style: 'cn-ordinal', rank: 2, value: 1, mark: '第一，' });
    expect(numberingOf('第十二、扩大开放')).toMatchObject({ style: 'cn-ordinal', value: 12 });
    expect(numberingOf('第一次会议')).toBeUndefined();
  });

  it('reads 1. (also 1． and 1、) as the third style of GB/T 9704 and （1） as the fourth', () => {
    expect(numberingOf('1.推动产业链供应链优化升级')).toEqual({ style: 'arabic-dot', rank: 3, value: 1, mark: '1.' });
    expect(numberingOf('2．培育新兴产业')).toMatchObject({ style: 'arabic-dot', value: 2, mark: '2．' });
    expect(numberingOf('3、完善基础设施')).toMatchObject({ style: 'arabic-dot', value: 3 });
    expect(numberingOf('12.新质生产力：释义')).toMatchObject({ style: 'arabic-dot', value: 12 });
    expect(numberingOf('（1）加快项目审批')).toEqual({ style: 'arabic-paren', rank: 4, value: 1, mark: '（1）' });
    expect(numberingOf('(2)优化要素保障')).toMatchObject({ style: 'arabic-paren', value: 2 });
  });

  it('does not take a year, a decimal or a figure at the start of a sentence for a number', () => {
    expect(numberingOf('2023年，我们坚持项目引领。')).toBeUndefined();
    expect(numberingOf('1.5倍于上年')).toBeUndefined();
    expect(numberingOf('3.2%的增速')).toBeUndefined();
    expect(numberingOf('0.主要目标')).toBeUndefined();
  });

  it('does not take an enumeration such as 一是… or a word starting with a numeral for a number', () => {
    expect(numberingOf('一是营商环境持续改善。')).toBeUndefined();
    expect(numberingOf('一批重大项目落地开工。')).toBeUndefined();
    expect(numberingOf('三年行动计划全面完成。')).toBeUndefined();
  });

  it('does not take a malformed numeral or an unclosed bracket for a number', () => {
    expect(numberingOf('十十、重复')).toBeUndefined();
    expect(numberingOf('一一、重复')).toBeUndefined();
    expect(numberingOf('（一着力扩大需求')).toBeUndefined();
    expect(numberingOf('')).toBeUndefined();
  });

  it('reads （五） whose opening bracket a copy lost: 五)…, 二）…', () => {
    expect(numberingOf('五)注重统筹兼顾，全面推进城镇化进程')).toMatchObject({ style: 'cn-paren', value: 5 });
    expect(numberingOf('二）国有企业改革不断深入')).toMatchObject({ style: 'cn-paren', value: 2 });
  });
});

describe('isHeadingShaped: whether a line can be a heading of its own', () => {
  it('takes short lines without sentence punctuation, commas included, as heading-shaped', () => {
    expect(isHeadingShaped('（一）着力扩大需求稳定增长', MAX_SUB_PART_HEADING)).toBe(true);
    expect(isHeadingShaped('2023年工作回顾', MAX_PART_HEADING)).toBe(true);
    expect(isHeadingShaped('坚定信心，砥砺前行', MAX_PART_HEADING)).toBe(true);
    expect(isHeadingShaped('（一）大力推进项目建设，全面增强发展后劲', MAX_SUB_PART_HEADING)).toBe(true);
  });

  it('refuses a line with a sentence end or a clause break, full-width or ASCII', () => {
    for (const text of [
      '加强政治建设。',
      '主要预期目标是：',
      '增长百分之六；',
      '怎么办？',
      '奋斗！',
      'Targets: growth',
      'a; b',
      'why?',
    ]) {
      expect(isHeadingShaped(text, MAX_PART_HEADING), text).toBe(false);
    }
  });

  it('refuses a line that ends with a comma or an enumeration comma: it goes on in the next line', () => {
    expect(isHeadingShaped('围绕上述目标，', MAX_PART_HEADING)).toBe(false);
    expect(isHeadingShaped('工业、', MAX_PART_HEADING)).toBe(false);
    expect(isHeadingShaped('growth,', MAX_PART_HEADING)).toBe(false);
  });

  it('refuses a —— line, a 一是… enumeration, an address and a table row', () => {
    expect(isHeadingShaped('——聚焦产业升级', MAX_PART_HEADING)).toBe(false);
    expect(isHeadingShaped('一是持续扩大有效投资', MAX_PART_HEADING)).toBe(false);
    expect(isHeadingShaped('十二是加强安全生产', MAX_PART_HEADING)).toBe(false);
    expect(isHeadingShaped('各位代表', MAX_PART_HEADING)).toBe(false);
    expect(isHeadingShaped('各位代表:', MAX_PART_HEADING)).toBe(false);
    expect(isHeadingShaped('重点事项\t牵头单位\t实际进度', MAX_PART_HEADING)).toBe(false);
  });

  it('counts characters, not UTF-16 code units, against the maximum', () => {
    expect(isHeadingShaped('字'.repeat(MAX_PART_HEADING), MAX_PART_HEADING)).toBe(true);
    expect(isHeadingShaped('字'.repeat(MAX_PART_HEADING + 1), MAX_PART_HEADING)).toBe(false);
    // 𠀀 is one character outside the BMP: two code units.
    expect(isHeadingShaped('𠀀'.repeat(MAX_PART_HEADING), MAX_PART_HEADING)).toBe(true);
  });
});

describe('headerRoleOf: the role of a cover line', () => {
  it('takes a line ending 工作报告 for the title', () => {
    expect(headerRoleOf('政府工作报告')).toBe('title');
    expect(headerRoleOf('2024年某市人民政府工作报告')).toBe('title');
  });

  it('takes a —— line, a date or a 会议上 line for the dateline, also when it is split over two lines', () => {
    expect(headerRoleOf('——2022年2月18日在某市第十六届人民代表大会第一次会议上')).toBe('dateline');
    expect(headerRoleOf('——2024年1月10日')).toBe('dateline');
    expect(headerRoleOf('在某市第十八届人民代表大会第三次会议上')).toBe('dateline');
    expect(headerRoleOf('二〇二三年一月五日')).toBe('dateline');
    expect(headerRoleOf('（2024年1月10日）')).toBe('dateline');
  });

  it('takes a line naming the head of government for the speaker, however it is spaced', () => {
    for (const text of [
      '市长 张三',
      '市  长  李四',
      '区　长　赵六',
      '县长  钱七',
      '某市人民政府市长王五',
      '国务院总理 某某',
      '代市长 孙八',
      '某自治区主席 周九',
      '省长 吴十',
    ]) {
      expect(headerRoleOf(text), text).toBe('speaker');
    }
  });

  it('calls any other cover line other', () => {
    expect(headerRoleOf('某市人民政府')).toBe('other');
    expect(headerRoleOf('（书面）')).toBe('other');
  });
});

describe('isAppendixMarker: the line that starts an appendix', () => {
  it('takes 附件, 附录 and 附表, numbered or not, optionally with a title after a colon', () => {
    for (const text of [
      '附件',
      '附件一',
      '附件二',
      '附件十二',
      '附件1',
      '附件12',
      '附录',
      '附表二',
      '附件1：2023年度民生实事项目',
      '附件一:2022年度民生实事办理情况',
      '附：名词解释',
    ]) {
      expect(isAppendixMarker(text), text).toBe(true);
    }
  });

  it('takes the glossaries 名词解释, 有关词语解释, 部分名词解释 and 用语说明', () => {
    for (const text of [
      '名词解释',
      '词语解释',
      '有关名词解释',
      '有关词语解释',
      '部分名词解释',
      '名词注释',
      '用语说明',
      '政府工作报告名词解释',
      '本报告中的术语解释',
    ]) {
      expect(isAppendixMarker(text), text).toBe(true);
    }
  });

  it('does not take a sentence that mentions an appendix or a glossary', () => {
    for (const text of [
      '附件一所列十件实事已全部完成。',
      '具体项目见附件。',
      '请参阅名词解释',
      '名词解释附后',
      '附件一、附件二',
    ]) {
      expect(isAppendixMarker(text), text).toBe(false);
    }
  });
});

describe('partKindOf: the kind of part a heading names', () => {
  const kindOf = (heading: string) => partKindOf(heading)?.slug;

  it('names the review by 回顾, 工作总结 or 过去…年的工作', () => {
    expect(kindOf('过去五年工作回顾')).toBe('review');
    expect(kindOf('2023年工作回顾')).toBe('review');
    expect(kindOf('过去五年和2021年工作回顾')).toBe('review');
    expect(kindOf('2023年工作总结')).toBe('review');
    expect(kindOf('过去一年的工作')).toBe('review');
  });

  it('names the five-year goals by 今后五年…目标任务, though it has the words of the tasks', () => {
    expect(kindOf('今后五年工作的总体思路和目标任务')).toBe('goals');
    expect(kindOf('今后五年政府工作的思路目标')).toBe('goals');
    expect(kindOf('今后五年的奋斗目标')).toBe('goals');
    expect(kindOf('“十四五”时期的发展目标')).toBe('goals');
  });

  it('names a part about the next five years goals whatever noun follows: 今后五年的主要任务, 未来五年的主要任务', () => {
    expect(kindOf('未来五年的主要任务')).toBe('goals');
    expect(kindOf('今后五年的主要任务')).toBe('goals');
  });

  it('names the year’s targets by 总体要求, 政策取向 or 预期目标', () => {
    expect(kindOf('2024年经济社会发展总体要求和政策取向')).toBe('targets');
    expect(kindOf('2024年经济社会发展的总体要求和主要预期目标')).toBe('targets');
    expect(kindOf('2024年经济社会发展目标')).toBe('targets');
  });

  it('names the year’s tasks by 工作安排, 目标任务, 重点工作 or 工作任务', () => {
    expect(kindOf('2024年政府工作安排')).toBe('tasks');
    expect(kindOf('2022年经济社会发展目标任务和重点工作')).toBe('tasks');
    expect(kindOf('2024年政府工作任务')).toBe('tasks');
    expect(kindOf('2023年重点工作')).toBe('tasks');
    expect(kindOf('今年的主要工作')).toBe('tasks');
  });

  it('names the government’s own improvement by 自身建设, 治理能力 or 建设…政府', () => {
    expect(kindOf('全面加强政府自身建设')).toBe('governance');
    expect(kindOf('全面提升政府治理能力和水平')).toBe('governance');
    expect(kindOf('建设人民满意的服务型政府')).toBe('governance');
  });

  it('names no kind for a slogan', () => {
    expect(partKindOf('坚定信心，砥砺前行')).toBeUndefined();
    expect(partKindOf('乘势而上，再启新程')).toBeUndefined();
  });
});

describe('runInSubPartLead: the heading sentence of a run-in numbered line', () => {
  it('takes the line up to and including its first 。, number included', () => {
    expect(
      runInSubPartLead('（一）抓住重大机遇，发展势能加快集聚。区域合作平台建设全面提速。', MAX_SUB_PART_HEADING),
    ).toBe('（一）抓住重大机遇，发展势能加快集聚。');
    expect(runInSubPartLead('1.新质生产力。释义在此。', MAX_SUB_PART_HEADING)).toBe('1.新质生产力。');
  });

  it('takes nothing from a line that is a single sentence or has no 。', () => {
    expect(runInSubPartLead('（一）着力扩大内需。', MAX_SUB_PART_HEADING)).toBeUndefined();
    expect(runInSubPartLead('（一）着力扩大需求稳定增长', MAX_SUB_PART_HEADING)).toBeUndefined();
  });

  it('takes nothing when the first sentence is too long to be a heading', () => {
    const long = `（一）${'字'.repeat(MAX_SUB_PART_HEADING)}。正文。`;
    expect(runInSubPartLead(long, MAX_SUB_PART_HEADING)).toBeUndefined();
    const fits = `（一）${'字'.repeat(MAX_SUB_PART_HEADING - 4)}。正文。`;
    expect(runInSubPartLead(fits, MAX_SUB_PART_HEADING)).toBe(`（一）${'字'.repeat(MAX_SUB_PART_HEADING - 4)}。`);
  });

  it('takes nothing when the first sentence quotes a rule or a list (： or ；)', () => {
    expect(runInSubPartLead('（一）主要预期目标是：增长百分之六左右。正文。', MAX_SUB_PART_HEADING)).toBeUndefined();
    expect(runInSubPartLead('（二）稳增长；保就业。正文。', MAX_SUB_PART_HEADING)).toBeUndefined();
    expect(runInSubPartLead('（二）targets: growth。正文。', MAX_SUB_PART_HEADING)).toBeUndefined();
  });
});

describe('isAddress: the opening address on a line of its own', () => {
  it('takes 各位代表： with a full-width or ASCII colon, and with more listeners named', () => {
    for (const text of ['各位代表：', '各位代表:', '各位代表、各位委员：', '各位代表、同志们：']) {
      expect(isAddress(text), text).toBe(true);
    }
  });

  it('does not take a sentence addressed to the deputies', () => {
    for (const text of ['各位代表，五年成绩令人振奋。', '各位代表！', '各位代表：现在我代表市政府报告工作。']) {
      expect(isAddress(text), text).toBe(false);
    }
  });
});

describe('noteRoleOf: lines that travel with the text but are not part of it', () => {
  it('takes the secretariat, a printing date, 此件有删减, a source and a page note, each by its role', () => {
    expect(noteRoleOf('市十二届人大四次会议秘书处')).toBe('imprint');
    expect(noteRoleOf('市十五届人大四次会议秘书处 2015年1月11日印')).toBe('imprint');
    expect(noteRoleOf('2022年1月印发')).toBe('imprint');
    expect(noteRoleOf('2002年3月24日')).toBe('date');
    expect(noteRoleOf('（此件有删减）')).toBe('abridged');
    expect(noteRoleOf('（本文有删减）')).toBe('abridged');
    expect(noteRoleOf('（《人民日报》2023年3月14日第1版）')).toBe('source');
    expect(noteRoleOf('（新华社一九七五年一月二十日讯）（《人民日报》19750121第1版）')).toBe('source');
    expect(noteRoleOf('来源：某市人民政府')).toBe('source');
    expect(noteRoleOf('（紧转第2版） （紧接第1版）')).toBe('page');
    expect(noteRoleOf('（完）')).toBe('end');
  });

  it('takes no sentence of the report for a note, even one about a date or a newspaper', () => {
    for (const text of [
      '2022年，全市生产总值增长6%。',
      '2023年工作回顾',
      '《人民日报》刊发了我市的经验做法。',
      '秘书处要做好会务保障。',
      '完善社会保障体系',
    ]) {
      expect(noteRoleOf(text), text).toBeUndefined();
    }
  });
});

describe('appendix labels and lists', () => {
  it('takes a label without a title for one, spaced out or not', () => {
    for (const text of ['附件', '附件2', '附录一', '附 录']) expect(isAppendixLabel(text), text).toBe(true);
    for (const text of ['附件1：十件实事', '名词解释', '附件一所列项目'])
      expect(isAppendixLabel(text), text).toBe(false);
  });

  it('takes more glossary titles: 释义, 注释, 名词解释和说明, with 《政府工作报告》 or 附件 before them', () => {
    for (const text of [
      '《政府工作报告》释义',
      '注 释',
      '名词解释和说明',
      '附件名词解释和说明',
      '《政府工作报告》有关名词解释',
      '有关用语释义',
    ]) {
      expect(isAppendixMarker(text), text).toBe(true);
    }
    expect(isAppendixMarker('说明')).toBe(false);
  });

  it('reads the first title of a list of appendices after 附件：', () => {
    expect(appendixListStart('附件：1.2024年市政府十件民生实事')).toBe('1.2024年市政府十件民生实事');
    expect(appendixListStart('附件：1、名词解释')).toBe('1、名词解释');
    expect(appendixListStart('附件：名词解释')).toBeUndefined();
  });
});

describe('part headings that only the numbering can confirm', () => {
  it('reads 一 followed by a space, or alone on its line, as 一、, and a heading after spaces', () => {
    const numbering = numberingOf('一 2020年工作回顾')!;
    expect(numbering).toMatchObject({ style: 'cn-comma', value: 1 });
    expect(numberingOf('二')).toMatchObject({ style: 'cn-comma', value: 2, mark: '二' });
    expect(numberingOf('二十年来')).toBeUndefined();
    expect(afterNumber('一、 2003 年工作回顾', numberingOf('一、 2003 年工作回顾')!)).toBe('2003 年工作回顾');
  });

  it('takes a long heading, or one ending in a colon or a stop, as loose; never one with sentences inside', () => {
    expect(isLooseHeading('坚定不移地推进工业化、农业产业化、城镇化进程，提升全省综合实力和竞争力')).toBe(true);
    expect(isLooseHeading('2006年工作回顾：')).toBe(true);
    expect(isLooseHeading('以入世为契机，进一步扩大对外开放。')).toBe(true);
    expect(isLooseHeading('全年完成生产总值100亿元。增长8%。')).toBe(false);
    expect(isLooseHeading('以改革为动力，')).toBe(false);
  });

  it('finds a part heading run into its paragraph after a space, commas allowed, a sentence after it', () => {
    const text = '二、开拓创新，努力推动科学发展再上新台阶 “十二五”时期是我省加快转变经济发展方式的关键时期。';
    expect(runInPartLead(text, numberingOf(text)!)).toBe('二、开拓创新，努力推动科学发展再上新台阶');
    const twoPhrases = '五、切实转变政府职能 建设法治政府和服务型政府';
    expect(runInPartLead(twoPhrases, numberingOf(twoPhrases)!)).toBeUndefined();
  });

  it('takes a heading with a time label before a colon as heading-shaped, no other colon', () => {
    expect(isHeadingShaped('2015年及“十二五”：经济社会发展跃上新台阶', 48)).toBe(true);
    expect(isHeadingShaped('“十三五”：努力实现全面建成小康社会奋斗目标', 48)).toBe(true);
    expect(isHeadingShaped('主要目标是：经济增长', 48)).toBe(false);
  });

  it('knows 一年来，我们… and 我们致力… for headings that state what was done', () => {
    expect(isStatementHeading('一年来，我们坚持稳中求进，经济运行持续向好')).toBe(true);
    expect(isStatementHeading('我们致力做大产业、做强实体')).toBe(true);
    expect(isStatementHeading('2023年工作回顾')).toBe(false);
  });
});
