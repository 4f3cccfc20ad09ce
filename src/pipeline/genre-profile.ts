// The genre's profile: how a 政府工作报告 is built, as data that an editor can read and change.
// The engine that applies it is parse-report.ts; nothing here names one report's headings or
// lines. Read across State Council, provincial, city and district reports, 1998–2026.

/**
 * The official numbering of headings (GB/T 9704), outermost first. A report's parts are either
 * bare lines or numbered with the first style; every level below takes the next style in use.
 */
export const NUMBERING_STYLES = [
  { style: 'cn-comma', example: '一、', pattern: /^([一二三四五六七八九十]{1,3})、/ },
  { style: 'cn-paren', example: '（一）', pattern: /^[（(]([一二三四五六七八九十]{1,3})[）)]/ },
  // Not in GB/T 9704, but some reports number their second level 第一，第二，… at a line's start.
  { style: 'cn-ordinal', example: '第一，', pattern: /^第([一二三四五六七八九十]{1,3})[，,、]/ },
  { style: 'arabic-dot', example: '1.', pattern: /^([1-9][0-9]?)[.．、](?![0-9０-９])/ },
  { style: 'arabic-paren', example: '（1）', pattern: /^[（(]([1-9][0-9]?)[）)]/ },
] as const;
export type NumberingStyle = (typeof NUMBERING_STYLES)[number]['style'];

/**
 * Part kinds and the words their headings use. The first kind whose words match names the part,
 * so the specific come before the general: 今后五年…目标任务 is the five-year goals, not the
 * tasks. A part that matches none is `part-N`. The slug is the part's page: `/review/`.
 */
export const PART_KINDS = [
  { slug: 'review', name: '工作回顾', words: /回顾|工作总结|过去[一五]年(的)?工作$/ },
  { slug: 'governance', name: '政府自身建设', words: /自身建设|治理能力|政府建设|建设.{0,12}政府$/ },
  {
    slug: 'goals',
    name: '思路目标',
    words: /(今后|未来)五年|五年.{0,10}(目标|思路|奋斗)|“十[一二三四五六七八九]五”.{0,12}(目标|思路)|思路目标/,
  },
  { slug: 'targets', name: '总体要求和预期目标', words: /总体要求|预期目标|政策取向|发展目标$/ },
  {
    slug: 'tasks',
    name: '目标任务和工作重点',
    words:
      /工作安排|目标任务|重点工作|工作重点|主要任务|工作任务|重点任务|工作部署|总体部署|([0-9]{4}|今)年.{0,10}(工作|任务)$/,
  },
] as const;
export type PartKind = (typeof PART_KINDS)[number];

/** The longest part heading seen is about 40 characters; paragraphs run to hundreds. */
export const MAX_PART_HEADING = 48;
/** A sub-part heading on its own line, or the run-in heading sentence of one. */
export const MAX_SUB_PART_HEADING = 64;

/** Sentence ends and clause breaks that never occur in a heading of its own; commas may. */
export const NOT_IN_HEADING = /[。！？；：!?;:]/;

/** The opening address to the deputies, on a line of its own: 各位代表：, 各位代表:, 各位代表、同志们： */
export const ADDRESS = /^各位(代表|委员)[^。！？，]{0,12}[：:]$/;

/**
 * Lines before the address that a report's cover carries: a title, a dateline (sometimes over two
 * lines, with or without ——) and the speaker. Checked in this order; the rest are `other`.
 */
export const HEADER_ROLES = [
  { role: 'title', words: /工作报告$/ },
  { role: 'dateline', words: /^——|[0-9〇零一二三四五六七八九十]{1,4}年.{1,4}月.{1,4}日|会议上$/ },
  { role: 'speaker', words: /(总理|省长|市长|区长|县长|州长|旗长|盟长|主席|[市区县省]\s+长)/ },
] as const;
export type HeaderRole = (typeof HEADER_ROLES)[number]['role'] | 'other';
/** The cover's lines are short; a longer line before the address is the opening's text. */
export const MAX_HEADER_LINE = 64;
/** The address comes within the first few lines, or the report has no cover lines. */
export const MAX_HEADER_LINES = 6;

/**
 * An appendix starts at a line of its own such as 附件 / 附件一 / 附件1 / 附录 / 附：… / 名词解释 /
 * 有关词语解释 / 政府工作报告名词解释, optionally with its title after a colon (附件1：…). Everything after it, up to the
 * next such line, is the appendix: no parts or sub-parts there.
 */
export const APPENDIX_MARKER =
  /^(附件|附录|附表|附)([一二三四五六七八九十]{1,3}|[0-9]{1,2})?([：:].{1,40})?$|^(有关|部分|本报告|政府工作报告)?(中的)?(名词|词语|用语|术语)(解释|注释|说明)$/;

/** A table row is a line of tab-separated cells, as pasted from a spreadsheet or a web page. */
export const CELL_SEPARATOR = '\t';
/** A table's first row is its header when every cell is a short label, without figures. */
export const HEADER_CELL = /^[^0-9０-９。，；]{1,12}$/;
