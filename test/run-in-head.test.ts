import { describe, expect, it } from 'vitest';
import { findRunInHead } from '../src/pipeline/run-in-head.ts';

describe('run-in heads', () => {
  it('takes a short first sentence that names the theme, with its 。', () => {
    expect(findRunInHead('大力发展城市经济。推进总部经济。')).toBe('大力发展城市经济。');
    expect(findRunInHead('五年奋斗，我们实现了综合实力的稳步提升。这五年…')).toBe(
      '五年奋斗，我们实现了综合实力的稳步提升。',
    );
  });

  it('keeps a leading ——', () => {
    expect(findRunInHead('——更高质量推动产业发展。新兴产业塑成优势。')).toBe('——更高质量推动产业发展。');
  });

  it('never takes an address to the deputies', () => {
    expect(findRunInHead('各位代表，五年成绩令人振奋。正文')).toBeUndefined();
    expect(findRunInHead('各位代表！道阻且长。正文')).toBeUndefined();
  });

  it('does not take a long or enumerating first sentence', () => {
    expect(findRunInHead('过去五年，是张店发展历程中极不平凡、值得铭记的五年。正文')).toBeUndefined();
    expect(
      findRunInHead('2022年，是新一届政府开局之年，也是乘势而上开启全面建设社会主义现代化新征程的关键之年。正文'),
    ).toBeUndefined();
  });

  it('does not take a paragraph that is a single sentence', () => {
    expect(findRunInHead('加强政治建设。')).toBeUndefined();
    expect(findRunInHead('主要包括五个方面的发展目标和重点任务：')).toBeUndefined();
  });
});
