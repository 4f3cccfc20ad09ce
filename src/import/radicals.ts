// Radicals as the unified ideographs they stand for. A PDF's font often maps a glyph that serves
// both a radical and an ideograph to the radical's code point (⽹ U+2F79, ⻓ U+2ED3): copied or
// extracted, 网 and 长 come out as characters no search finds.

/**
 * The CJK Radicals Supplement (U+2E81–U+2EF3) and its ideographs, in pairs: Unicode's
 * EquivalentUnifiedIdeograph.txt (https://www.unicode.org/Public/UCD/latest/ucd/EquivalentUnifiedIdeograph.txt),
 * all 114 of its lines for that block (U+2E80 and U+2E9A have none). NFKC maps only two of them.
 */
const SUPPLEMENT = `
⺁厂 ⺂乛 ⺃乚 ⺄乙 ⺅亻 ⺆冂 ⺇𠘨 ⺈刀 ⺉刂 ⺊卜 ⺋㔾 ⺌小 ⺍小 ⺎兀 ⺏尣 ⺐尢 ⺑𡯂 ⺒巳 ⺓幺 ⺔彑 ⺕彐 ⺖忄 ⺗心 ⺘扌 ⺙攵 ⺛旡 ⺜日 ⺝月 ⺞歺 ⺟母 ⺠民 ⺡氵 ⺢氺
⺣灬 ⺤爫 ⺥爫 ⺦丬 ⺧牛 ⺨犭 ⺩王 ⺪𤴔 ⺫目 ⺬示 ⺭礻 ⺮𥫗 ⺯糹 ⺰纟 ⺱罓 ⺲罒 ⺳㓁 ⺴冗 ⺵𦉫 ⺶羊 ⺷𦍌 ⺸𦍋 ⺹耂 ⺺肀 ⺻聿 ⺼肉 ⺽𦥑 ⺾艹 ⺿艹 ⻀艹 ⻁虎 ⻂衤 ⻃覀
⻄西 ⻅见 ⻆角 ⻇𧢲 ⻈讠 ⻉贝 ⻊𧾷 ⻋车 ⻌辶 ⻍辶 ⻎辶 ⻏邑 ⻐钅 ⻑長 ⻒镸 ⻓长 ⻔门 ⻕𨸏 ⻖阝 ⻗雨 ⻘青 ⻙韦 ⻚页 ⻛风 ⻜飞 ⻝食 ⻞𩙿 ⻟飠 ⻠饣 ⻡𩠐 ⻢马 ⻣骨 ⻤鬼
⻥鱼 ⻦鸟 ⻧卤 ⻨麦 ⻩黄 ⻪黾 ⻫斉 ⻬齐 ⻭歯 ⻮齿 ⻯竜 ⻰龙 ⻱龜 ⻲亀 ⻳龟`;

const TABLE = new Map<string, string>();
for (const pair of SUPPLEMENT.split(/\s+/).filter(Boolean)) {
  const [radical, ideograph] = [...pair];
  TABLE.set(radical!, ideograph!);
}
// The 214 Kangxi radicals (U+2F00–U+2FD5): their compatibility decomposition is exactly the file's
// ideograph, so NFKC of the one character gives the table's entry (and touches nothing else).
for (let code = 0x2f00; code <= 0x2fd5; code++) {
  const radical = String.fromCodePoint(code);
  TABLE.set(radical, radical.normalize('NFKC'));
}
// Reports are Simplified Chinese, and Simplified Chinese fonts draw ⼾ as 户 (U+6237) and give it 户's
// glyph, where Unicode's table says 戶 (U+6236). Measured: all 6,763 hanzi of GB 2312 printed by
// Chromium in Noto Serif and Sans CJK SC and read back by pdf.js: 230 came back as radicals, and
// the table gives each its hanzi back but this one.
TABLE.set('\u2f3e', '户');

/** The unified ideograph a radical stands for, or undefined for any other character. */
export function radicalToIdeograph(char: string): string | undefined {
  return TABLE.get(char);
}

/** How many radicals the table knows (for its test). */
export const RADICAL_COUNT = TABLE.size;
