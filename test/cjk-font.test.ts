import { describe, expect, it } from 'vitest';
import { fontFamily, loadFonts, parseUnicodeRange, slicesFor } from '../src/share/cjk-font.ts';

describe('parseUnicodeRange', () => {
  it('reads single code points and intervals', () => {
    expect(parseUnicodeRange('U+4e00-4e1f, U+ff0c')).toEqual([
      [0x4e00, 0x4e1f],
      [0xff0c, 0xff0c],
    ]);
  });
});

describe('slicesFor', () => {
  const ranges = { '[1]': 'U+4e00-4e1f', '[2]': 'U+5000-50ff', latin: 'U+0000-00ff' };

  it('names only the slices that hold the text’s characters', () => {
    expect(slicesFor('一2', ranges)).toEqual(['1', 'latin']);
    expect(slicesFor('一丁', ranges)).toEqual(['1']);
  });
});

describe('loadFonts', () => {
  it('reads the few WOFF slices of Noto Sans SC that the titles need, in each weight', async () => {
    const fonts = await loadFonts('张店区政府工作报告（2022年）', [400, 700]);
    expect(fonts.length).toBeGreaterThan(1);
    expect(fonts.length).toBeLessThan(30);
    for (const font of fonts)
      expect(
        Buffer.from(font.data as Buffer)
          .subarray(0, 4)
          .toString('latin1'),
      ).toBe('wOFF');
    expect(fontFamily(fonts).split(', ').length).toBe(fonts.length / 2);
  });
});
