import { describe, expect, it } from 'vitest';
import { MAX_PIECE, pickVoice, pieces, sentenceRanges, spokenText } from '../src/read-aloud/speech-text.ts';

const sentences = (text: string) => sentenceRanges(text).map(([start, end]) => text.slice(start, end));

describe('sentenceRanges', () => {
  it('ends a sentence at 。！？； and keeps the closing quote with it', () => {
    expect(sentences('推进总部经济“引凤”工程。我们说：“干！”今年怎么办？一是稳；二是进')).toEqual([
      '推进总部经济“引凤”工程。',
      '我们说：“干！”',
      '今年怎么办？',
      '一是稳；',
      '二是进',
    ]);
  });

  it('leaves out white space between sentences and gives offsets into the text', () => {
    const text = ' 第一句。  第二句。 ';
    expect(sentenceRanges(text)).toEqual([
      [1, 5],
      [7, 11],
    ]);
  });

  it('finds no sentence in an empty or blank text', () => {
    expect(sentenceRanges('')).toEqual([]);
    expect(sentenceRanges(' \u3000')).toEqual([]);
  });
});

describe('spokenText', () => {
  it('says a percentage as 百分之…, and a range with 至', () => {
    expect(spokenText('地区生产总值增长6%以上')).toBe('地区生产总值增长百分之6以上');
    expect(spokenText('完成任务的233.3%和176.3%')).toBe('完成任务的百分之233.3和百分之176.3');
    expect(spokenText('打造1-2个示范区，35—64周岁，增长6%～8%')).toBe(
      '打造1至2个示范区，35至64周岁，增长百分之6至百分之8',
    );
    expect(spokenText('下降3‰')).toBe('下降千分之3');
  });

  it('keeps numbers and 亿元 for the voice to say as Chinese numbers, digit groups joined', () => {
    expect(spokenText('达到757.5亿元，新增1500套')).toBe('达到757.5亿元，新增1500套');
    expect(spokenText('增至51,150元')).toBe('增至51150元');
  });

  it('says a year digit by digit, in a range too', () => {
    expect(spokenText('2022年1月，2021-2025年')).toBe('二〇二二年1月，二〇二一至二〇二五年');
    expect(spokenText('12345年，共1500年')).toBe('12345年，共1500年');
  });

  it('reads an opening enumeration mark as a number and drops a leading dash', () => {
    expect(spokenText('（一）稳增长保就业成效明显。')).toBe('一、稳增长保就业成效明显。');
    expect(spokenText('(3)加强监管')).toBe('3、加强监管');
    expect(spokenText('——更高质量推动产业发展。')).toBe('更高质量推动产业发展。');
  });

  it('turns a dash inside a sentence and a middle dot into pauses', () => {
    expect(spokenText('汕头—前海数字贸易，“潮品·中国行”')).toBe('汕头，前海数字贸易，“潮品 中国行”');
  });
});

describe('pieces', () => {
  it('reads a run-in head as a sentence of its own, the paragraph number never given', () => {
    const result = pieces([{ text: '大力发展城市经济' }, { text: '推进总部经济。用好专项政策。' }]);
    expect(result.map((piece) => [piece.part, piece.text])).toEqual([
      [0, '大力发展城市经济'],
      [1, '推进总部经济。'],
      [1, '用好专项政策。'],
    ]);
    expect(result[2]).toMatchObject({ start: 7, end: 14, sentence: [7, 14] });
  });

  it('says a table cell’s column label before it, without marking the label', () => {
    const result = pieces([
      { text: '五、提升残疾人服务保障水平' },
      { text: '市残联', label: '牵头单位' },
      { text: '服务2131人次。补助提高至2400元。', label: '实际进度' },
    ]);
    expect(result.map((piece) => piece.text)).toEqual([
      '五、提升残疾人服务保障水平',
      '牵头单位：市残联',
      '实际进度：服务2131人次。',
      '补助提高至2400元。',
    ]);
    expect(result[1]).toMatchObject({ part: 1, start: 0, end: 3 });
  });

  it('speaks a long sentence in clauses, each marking the whole sentence', () => {
    const clause = '策划实施重点项目七十三个，';
    const text = `${clause.repeat(8)}年度计划投资一百三十亿元以上。短句。`;
    const result = pieces([{ text }]);
    const long = result.filter((piece) => piece.sentence[0] === 0);
    expect(long.length).toBeGreaterThan(1);
    for (const piece of long) {
      expect(piece.end - piece.start).toBeLessThanOrEqual(MAX_PIECE);
      expect(piece.sentence).toEqual([0, text.indexOf('短句')]);
    }
    expect(long.map((piece) => text.slice(piece.start, piece.end)).join('')).toBe(text.slice(0, text.indexOf('短句')));
    expect(result.at(-1)!.text).toBe('短句。');
  });

  it('keeps a long sentence whole where it has no comma to cut at', () => {
    const text = `${'很'.repeat(MAX_PIECE + 10)}。`;
    expect(pieces([{ text }])).toHaveLength(1);
  });
});

describe('pickVoice', () => {
  const voice = (lang: string, name = lang, localService = false) => ({ lang, name, localService, default: false });

  it('prefers Mandarin in simplified Chinese, then a voice on the device', () => {
    const voices = [
      voice('en-US'),
      voice('zh-HK'),
      voice('zh-TW'),
      voice('zh-CN', 'net'),
      voice('zh-CN', 'local', true),
    ];
    expect(pickVoice(voices)?.name).toBe('local');
    expect(pickVoice([voice('zh-HK'), voice('zh-TW')])?.lang).toBe('zh-TW');
  });

  it('understands Android’s zh_CN and bare zh or cmn', () => {
    expect(pickVoice([voice('en-GB'), voice('zh-TW'), voice('zh_CN')])?.lang).toBe('zh_CN');
    expect(pickVoice([voice('cmn-Hans-CN')])?.lang).toBe('cmn-Hans-CN');
    expect(pickVoice([voice('zh')])?.lang).toBe('zh');
  });

  it('finds none without a Chinese voice', () => {
    expect(pickVoice([])).toBeUndefined();
    expect(pickVoice([voice('en-US'), voice('ja-JP'), voice('zu-ZA')])).toBeUndefined();
  });
});
