// A draft report.meta.json for an imported text: the title, issuer and year, from the report's
// own cover lines first (the dateline names the congress and the day), then from what the file
// says about itself (a page's ArticleTitle and PubDate, a document's title).
import { parseChineseNumeral } from '../pipeline/chinese-numeral.ts';
import { ADDRESS, MAX_HEADER_LINES } from '../pipeline/genre-profile.ts';
import { ReportMeta } from '../schemas/report-meta.ts';

/** What a file says about itself, as it says it. */
export interface MetaHints {
  title?: string | undefined;
  issuer?: string | undefined;
  /** A date in any of the usual forms (2022-01-10 09:00, 2022年1月10日). */
  date?: string | undefined;
  sourceUrl?: string | undefined;
}

export interface DraftMeta {
  meta: ReportMeta;
  /** The day the report was given (or, failing that, published), as YYYY-MM-DD. */
  date: string | undefined;
  /** Where each value came from, and what was left to fill in. */
  notes: string[];
}

/** The disclaimer every report's meta carries unless its publisher words another. */
export const DEFAULT_NOTE = '本站文本以正式发布文本为准';

const CN_DIGITS = '〇一二三四五六七八九';
/** 2022, 二〇二二 or 二○二二 (a circle for zero) as a number. */
function yearValue(text: string): number {
  return /^[0-9]{4}$/.test(text)
    ? Number(text)
    : Number([...text.replace(/[○零Ｏ]/g, '〇')].map((char) => CN_DIGITS.indexOf(char)).join(''));
}
const smallValue = (text: string) => (/^[0-9]{1,2}$/.test(text) ? Number(text) : parseChineseNumeral(text));

const DATE =
  /([0-9]{4}|[〇○零Ｏ一二三四五六七八九]{4})\s*年\s*([0-9]{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*日/;
const ISO_DATE = /([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})/;

/** The first date in the text as YYYY-MM-DD, or undefined. */
export function dateIn(text: string): string | undefined {
  const match = DATE.exec(text) ?? ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [yearValue(match[1]!), smallValue(match[2]!), smallValue(match[3]!)];
  if (!month || !day || month > 12 || day > 31 || year < 1949 || year > 2100) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// The congress the report was given to: 在张店区第十八届人民代表大会第一次会议上, 在第十四届全国人民代表大会…,
// or without its term: 在某市人民代表大会上.
const CONGRESS = [/在(.{0,16}?)第[一二三四五六七八九十百0-9]+届(.{0,8}?)人民代表大会/, /在(.{2,16}?)()人民代表大会/];
// The speaker's line: 东山市市长 王海林, 汕头市人民政府市长曾风保.
const SPEAKER = /^(.{2,16}?[省市区县州旗盟])(人民政府)?代?(省长|市长|区长|县长|州长|旗长|盟长)/;
// A report's title with its place and year: 2022年张店区政府工作报告, 张店区政府工作报告（2022年）.
const TITLE = /^(?:([0-9]{4})年)?(.{2,16}?[省市区县州旗盟])?(?:人民)?政府工作报告(?:[（(]([0-9]{4})年?[）)])?$/;

/** A title as files carry it, without what the tool that made the file added. */
function cleanTitle(title: string | undefined): string | undefined {
  const cleaned = title
    ?.replace(/^Microsoft Word\s*-\s*/i, '')
    .replace(/\.(docx?|wps|pdf|html?)$/i, '')
    .trim();
  // What tools put when a document has none: Chromium's about:blank, Word's 无标题, an address.
  if (!cleaned || /^(about:|https?:|file:|untitled|无标题|文档\d*$)/i.test(cleaned)) return undefined;
  // A page's <title> often appends the site: 2022年政府工作报告_张店区人民政府.
  const piece = cleaned.split(/\s*[_|｜]\s*|\s+[-—–]\s+/).find((part) => part.includes('政府工作报告'));
  return piece ?? cleaned;
}

/** A draft meta for the imported lines; every value that could not be read is a placeholder, said so. */
export function draftMeta(lines: readonly string[], hints: MetaHints): DraftMeta {
  const notes: string[] = [];
  // The cover: the lines before the address 各位代表：, or the first few.
  const address = lines.findIndex((line) => ADDRESS.test(line));
  const cover = lines.slice(0, address >= 0 && address <= MAX_HEADER_LINES ? address : Math.min(lines.length, 4));
  const coverText = cover.join('');
  const congress = CONGRESS.map((pattern) => pattern.exec(coverText)).find(Boolean);
  const speaker = cover.map((line) => SPEAKER.exec(line)).find(Boolean);
  const fileTitle = cleanTitle(hints.title);
  const titled = fileTitle ? TITLE.exec(fileTitle) : null;
  const spokenOn = congress || /会议上|——/.test(coverText) ? dateIn(coverText) : undefined;
  const published = hints.date ? dateIn(hints.date) : undefined;

  let place: string | undefined;
  if (congress) {
    place = congress[1] || congress[2] || undefined;
    if (place) notes.push(`地方“${place}”取自封面的会议名称 (place from the dateline)`);
  }
  if (!place && speaker) {
    place = speaker[1];
    notes.push(`地方“${place}”取自报告人一行 (place from the speaker's line)`);
  }
  if (!place && titled?.[2]) {
    place = titled[2];
    notes.push(`地方“${place}”取自文件的标题 (place from the file's title)`);
  }

  let issuer: string;
  if (place === '全国') issuer = '国务院';
  else if (place) issuer = `${place}人民政府`;
  else if (hints.issuer && /政府$/.test(hints.issuer.trim())) {
    issuer = hints.issuer.trim();
    notes.push(`发布机关取自网页的来源（ContentSource） (issuer from the page's source)`);
  } else {
    issuer = '（请填写发布机关）';
    notes.push('没有找到发布机关：请在 report.meta.json 里填写 issuer (issuer not found: fill it in)');
  }
  if (place === '全国') place = undefined;

  let year: number;
  const titleYear = titled?.[1] ?? titled?.[3];
  if (spokenOn) {
    year = Number(spokenOn.slice(0, 4));
  } else if (titleYear) {
    year = Number(titleYear);
    notes.push(`年份取自文件的标题 (year from the file's title)`);
  } else if (published) {
    year = Number(published.slice(0, 4));
    notes.push(`年份取自发布日期 ${published}，请核对 (year from the publication date: check it)`);
  } else {
    year = new Date().getFullYear();
    notes.push(`没有找到年份，暂填 ${year}：请核对 year (no year found: check it)`);
  }

  const title = `${place ?? ''}政府工作报告（${year}年）`;
  if (fileTitle && fileTitle !== title && fileTitle !== '政府工作报告')
    notes.push(`文件自己的标题是“${fileTitle}” (the file's own title)`);

  const date = spokenOn ?? published;
  if (!spokenOn && published)
    notes.push(`日期 ${published} 是发布日期，不是作报告的日期 (the date is the publication date)`);

  const sourceUrl =
    hints.sourceUrl && ReportMeta.shape.sourceUrl.safeParse(hints.sourceUrl).success ? hints.sourceUrl : undefined;
  const meta = ReportMeta.parse({ title, issuer, year, ...(sourceUrl ? { sourceUrl } : {}), note: DEFAULT_NOTE });
  return { meta, date, notes };
}
