// The genre's profile: how a 政府工作报告 is built, as data that an editor can read and change.
// The engine that applies it is parse-report.ts; nothing here names one report's headings or
// lines. Read across State Council, provincial, city and district reports, 1998–2026.

/**
 * The official numbering of headings (GB/T 9704), outermost first. A report's parts are either
 * bare lines or numbered with the first style; every level below takes the next style in use.
 */
export const NUMBERING_STYLES = [
  // 一、 or, in some copies, 一 followed by a space (一 2020年工作回顾) or alone on its line.
  { style: 'cn-comma', example: '一、', pattern: /^([一二三四五六七八九十]{1,3})(?:、|[ \u3000]+(?=[^ \u3000])|$)/ },
  // The opening bracket is sometimes lost in a copy: 五)注重统筹兼顾….
  { style: 'cn-paren', example: '（一）', pattern: /^[（(]?([一二三四五六七八九十]{1,3})[）)]/ },
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
/** The fewest Chinese characters of a bare part heading (工作回顾): fewer is a fragment of a broken line. */
export const MIN_BARE_HEADING_WORDS = 4;
/**
 * A numbered part heading that is long, or has a clause break, a trailing colon or a full stop
 * (三、坚定不移地推进工业化、农业产业化、城镇化进程，提升全省…; 一、2006年工作回顾：) is taken only where
 * the parts' numbering needs it: between the part before it and the part after it.
 */
export const MAX_LOOSE_PART_HEADING = 80;
/**
 * A part heading run into its first paragraph after a space, as web copies have it:
 * 一、2011年工作回顾 过去一年，在党中央、国务院…: the heading is at most this long, without a clause
 * break, and what follows is a paragraph (a sentence of some length).
 */
export const MAX_RUN_IN_PART_HEADING = 40;
export const RUN_IN_PART_BODY = /^.{8,}[。；！？]/u;

/**
 * A heading may carry a label before a colon when the label says a time: 2015年及“十二五”：经济社会发展
 * 跃上新台阶, “十三五”：努力实现…. Elsewhere a colon ends a clause and the line is a sentence.
 */
export const TIME_LABEL_COLON =
  /^[^：:。]{0,12}([0-9０-９]{4}年?|“十[一二三四五六七八九]五”|[一二三四五六七八九十]年)[^：:。]{0,4}[：:][^：:。；！？]+$/;

/**
 * Headings that state what was done, in the review: 一年来，我们坚持稳中求进…, 五年来，我们…,
 * 我们致力做大产业…. Written as a series under the review's heading, they are its sub-parts, never
 * parts of their own, even where the parts are bare lines like them.
 */
export const STATEMENT_HEADING = /^([^，,]{1,8}[，,])?我们/;

/**
 * A heading set over two or three lines: the lines right after a heading that look like headings
 * themselves, have no number and stand above no table (“十三五”发展成就 / 和2020年工作回顾; a title and
 * its subtitle). At most this many lines continue one heading.
 */
export const MAX_HEADING_LINES = 3;
/** A line that starts with a time (2022年…, 今后五年…, “十四五”…) is a heading of its own, never another's second line. */
export const OWN_HEADING_START = /^([0-9０-９]{4}年|今年|明年|今后|过去|未来|本届|新一届|“十[一二三四五六七八九]五”)/;
/** A sub-part heading continues on the next line only when that line is a fragment such as 高. */
export const MAX_SUB_PART_CONTINUATION = 4;

/**
 * The opening paragraph in which the speaker presents the report: 现在，我代表市人民政府，向大会报告工作，
 * 请予审议. Where the first part's heading is missing, the opening ends with it.
 */
export const OPENING_FORMULA = /向大会(作|做)?(政府)?(工作)?报告|报告(政府)?工作|请予审(议|查)/;

/**
 * What a part without a heading line is called: the whole text of a report whose parts have no
 * headings, or the text before the first numbered part found when that part is not 一.
 */
export const HEADINGLESS_PART = { slug: 'text', name: '正文' } as const;
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
  { role: 'title', words: /工作报告([（(](摘要|摘登|全文|节选|要点)[）)])?$/ },
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
  /^(附件|附录|附表|附)([一二三四五六七八九十]{1,3}|[0-9]{1,2})?([：:].{1,60})?$|^(附件[一二三四五六七八九十0-9]{0,2}[：:]?)?(有关|部分|本报告|《?政府工作报告》?)?(中的|有关)?((名词|词语|用语|术语|名词术语)(解释|注释|说明|释义)(和说明)?|解释和说明|注释|释义)$/;
/** An appendix label without a title of its own: 附件, 附件2, 附 录, 附录一. */
export const APPENDIX_LABEL = /^(附件|附录|附表)([一二三四五六七八九十]{1,3}|[0-9]{1,2})?$/;
/**
 * A list of the appendices that follow, as an official document ends: 附件：1.…, then 2.… on the
 * next lines. The numbered titles name the appendices; where labels such as 附件1 follow, they
 * start them, and the list stays in the text above.
 */
// A number then a title; 1.5% is a figure, 1.2024年… a title.
export const APPENDIX_LIST_ITEM = /^([1-9][0-9]?)[.．、](?![0-9]+(?:[.．][0-9]|%))\s*([^。；：:]{2,40})$/;
export const APPENDIX_LIST_START = /^附件[：:]\s*(1[.．、].{2,60})$/;

/**
 * Lines that are not the report's text but travel with it (blocks of kind `note`): end matter after
 * the last paragraph (the congress secretariat that printed it, a date, 此件有删减, a newspaper or
 * website the copy came from) and a newspaper's page notes. Checked in this order.
 */
export const NOTE_SHAPES = [
  { role: 'page', words: /^([（(](紧?[转接]|下转|上接)第?[0-9一二三四五六七八九十]{1,3}版[）)]\s*)+$/ },
  { role: 'end', words: /^[（(]?完[）)]?$/ },
  { role: 'abridged', words: /^[（(](此件|本文|全文|有)有?删[减节][）)]$/ },
  {
    role: 'source',
    words:
      /^([（(]([^）)。，]{0,12}(新华社|网站|网|日报|新闻网|政府网)[^）)。，]{0,12}|《[^》]{2,20}》[^）)]{0,30})[）)]\s*)+$|^(来源|稿源|资料来源|信息来源)[：:].{2,40}$/,
  },
  {
    role: 'imprint',
    words:
      /秘书处(\s*[0-9０-９]{4}年.{1,6}印发?)?$|^(.{2,40}\s)?[0-9０-９]{4}年[0-9０-９]{1,2}月([0-9０-９]{1,2}日)?印发?$/,
  },
  {
    role: 'date',
    words:
      /^[（(]?([0-9０-９]{4}|[〇零一二三四五六七八九]{4})年[0-9０-９〇零一二三四五六七八九十]{1,2}月([0-9０-９〇零一二三四五六七八九十]{1,3}日)?[）)]?$/,
  },
] as const;
export type NoteRole = (typeof NOTE_SHAPES)[number]['role'];

/** A table row is a line of tab-separated cells, as pasted from a spreadsheet or a web page. */
export const CELL_SEPARATOR = '\t';
/** A table's first row is its header when every cell is a short label, without figures. */
export const HEADER_CELL = /^[^0-9０-９。，；]{1,12}$/;
