// The files the content step wrote beside each report's sections, and the list of downloads that
// a report's /data/ shows and its endpoints serve.
import type { LoadedReport } from './site-data.ts';

export interface DataFile {
  name: string;
  type: string;
  /** One line on what it holds, for /data/. */
  about: string;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const SCHEMA_TYPE = 'application/schema+json; charset=utf-8';
const CSV_TYPE = 'text/csv; charset=utf-8';

/** Every download, in the order /data/ lists them. */
export const DATA_FILES: DataFile[] = [
  {
    name: 'report.json',
    type: JSON_TYPE,
    about: '全文的结构化数据：每个标题、段落和表格行，带编号、原文行号和链接。',
  },
  {
    name: 'report.schema.json',
    type: SCHEMA_TYPE,
    about: 'report.json 的 JSON Schema（2020-12）。',
  },
  {
    name: 'figures.json',
    type: JSON_TYPE,
    about: '年度主要预期目标、五年目标和全文每个带单位的数字，都是原文片段，带链接。',
  },
  {
    name: 'figures.schema.json',
    type: SCHEMA_TYPE,
    about: 'figures.json 的 JSON Schema（2020-12）。',
  },
  {
    name: 'targets.csv',
    type: CSV_TYPE,
    about: '年度主要预期目标和五年目标，一行一项（UTF-8 带 BOM，Excel 可直接打开）。',
  },
  {
    name: 'figures.csv',
    type: CSV_TYPE,
    about: '全文每个数字：数值、单位、类型、所在分句、部分和段落（UTF-8 带 BOM）。',
  },
  {
    name: 'terms.json',
    type: JSON_TYPE,
    about: '加引号的词条，按拼音排序，列出出现的每个段落和次数。',
  },
  { name: 'terms.schema.json', type: SCHEMA_TYPE, about: 'terms.json 的 JSON Schema（2020-12）。' },
  {
    name: 'report.txt',
    type: 'text/plain; charset=utf-8',
    about: '本站据以生成的原文，逐字节相同，一行一段。',
  },
  {
    name: 'report.md',
    type: 'text/markdown; charset=utf-8',
    about: 'Markdown 版全文：各级标题和带编号的段落。',
  },
];

export function dataFile(name: string): DataFile {
  const file = DATA_FILES.find((each) => each.name === name);
  if (!file) throw new Error(`no data file ${name}`);
  return file;
}

/** A report's download as an endpoint's response: the file's text, served as UTF-8, so its bytes are the content step's. */
export const dataResponse = (report: LoadedReport, name: string) =>
  new Response(report.text(name), { headers: { 'Content-Type': dataFile(name).type } });

/** A file's size as /data/ shows it: 12.3 KB. */
export function sizeOf(report: LoadedReport, file: DataFile): string {
  const bytes = report.size(file.name);
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}
