import { describe, expect, it } from 'vitest';
import { excerpt } from '../src/search/excerpt.ts';

const render = (pieces: ReturnType<typeof excerpt>) =>
  pieces.map((piece) => (piece.marked ? `[${piece.text}]` : piece.text)).join('');

describe('an excerpt', () => {
  it('is the whole text when it is short, with its marks', () => {
    expect(render(excerpt('深化教育双减工作', [[4, 6]]))).toBe('深化教育[双减]工作');
  });

  it('cuts a long text around the marks, with … where it is cut', () => {
    const text = `${'甲'.repeat(100)}双减${'乙'.repeat(100)}`;
    const shown = render(excerpt(text, [[100, 102]], 30));
    expect(shown).toBe(`…${'甲'.repeat(20)}[双减]${'乙'.repeat(8)}…`);
  });

  it('keeps a full window at the end of the text', () => {
    const text = `${'甲'.repeat(100)}双减`;
    expect(render(excerpt(text, [[100, 102]], 30))).toBe(`…${'甲'.repeat(28)}[双减]`);
  });

  it('shows the window with the most different searched words', () => {
    const text = `改造${'甲'.repeat(60)}老旧小区${'乙'.repeat(5)}改造${'丙'.repeat(60)}`;
    const shown = render(
      excerpt(
        text,
        [
          [0, 2],
          [62, 66],
          [71, 73],
        ],
        30,
      ),
    );
    expect(shown).toContain('[老旧小区]');
    expect(shown).toContain('[改造]');
  });

  it('never splits a character outside the BMP', () => {
    const text = `${'𠀀'.repeat(40)}双减`;
    for (const piece of excerpt(text, [[80, 82]], 31)) expect(piece.text.isWellFormed()).toBe(true);
  });

  it('never splits a ——', () => {
    // The window would start 20 characters before the mark: between the two dashes.
    const text = `${'甲'.repeat(79)}——${'丙'.repeat(19)}双减${'乙'.repeat(100)}`;
    const shown = render(excerpt(text, [[100, 102]], 30));
    expect(shown.startsWith('…——')).toBe(true);
    // And at the end: a window that would end between them.
    const tail = `双减${'甲'.repeat(27)}——${'乙'.repeat(100)}`;
    expect(render(excerpt(tail, [[0, 2]], 30)).endsWith('——…')).toBe(true);
  });
});
