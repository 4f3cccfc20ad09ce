const DIGITS = '〇一二三四五六七八九';

/** The value of a Chinese numeral from 一 to 九十九 (十, 十二, 二十, 二十三), or undefined. */
export function parseChineseNumeral(text: string): number | undefined {
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!match || text === '') return undefined;
  const [, tens, ten, ones] = match;
  if (!ten) return tens && !ones ? DIGITS.indexOf(tens) : undefined;
  return (tens ? DIGITS.indexOf(tens) : 1) * 10 + (ones ? DIGITS.indexOf(ones) : 0);
}

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十: how the report numbers its parts. */
export function chineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 99) throw new Error(`no Chinese numeral for ${value}`);
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  if (tens === 0) return DIGITS[ones]!;
  return `${tens > 1 ? DIGITS[tens] : ''}十${ones > 0 ? DIGITS[ones] : ''}`;
}
