// The files the content step wrote beside the sections, validated by the same schemas, and the
// list of downloads that /data/ shows and the endpoints serve.
import figuresJson from '../../content/sections/figures.json?raw';
import figuresSchema from '../../content/sections/figures.schema.json?raw';
import figuresCsv from '../../content/sections/figures.csv?raw';
import reportJson from '../../content/sections/report.json?raw';
import reportMd from '../../content/sections/report.md?raw';
import reportSchema from '../../content/sections/report.schema.json?raw';
import reportTxt from '../../content/sections/report.txt?raw';
import targetsCsv from '../../content/sections/targets.csv?raw';
import termsJson from '../../content/sections/terms.json?raw';
import termsSchema from '../../content/sections/terms.schema.json?raw';
import { FiguresFile } from '../schemas/figures.ts';
import { TermsFile } from '../schemas/terms.ts';

export const figures = FiguresFile.parse(JSON.parse(figuresJson));
export const terms = TermsFile.parse(JSON.parse(termsJson));

export interface DataFile {
  name: string;
  /** The file's text; served as UTF-8, so its bytes are the content step's. */
  body: string;
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
    body: reportJson,
    type: JSON_TYPE,
    about: '全文的结构化数据：每个标题、段落和表格行，带编号、原文行号和链接。',
  },
  {
    name: 'report.schema.json',
    body: reportSchema,
    type: SCHEMA_TYPE,
    about: 'report.json 的 JSON Schema（2020-12）。',
  },
  {
    name: 'figures.json',
    body: figuresJson,
    type: JSON_TYPE,
    about: '年度主要预期目标、五年目标和全文每个带单位的数字，都是原文片段，带链接。',
  },
  {
    name: 'figures.schema.json',
    body: figuresSchema,
    type: SCHEMA_TYPE,
    about: 'figures.json 的 JSON Schema（2020-12）。',
  },
  {
    name: 'targets.csv',
    body: targetsCsv,
    type: CSV_TYPE,
    about: '年度主要预期目标和五年目标，一行一项（UTF-8 带 BOM，Excel 可直接打开）。',
  },
  {
    name: 'figures.csv',
    body: figuresCsv,
    type: CSV_TYPE,
    about: '全文每个数字：数值、单位、类型、所在分句、部分和段落（UTF-8 带 BOM）。',
  },
  {
    name: 'terms.json',
    body: termsJson,
    type: JSON_TYPE,
    about: '加引号的词条，按拼音排序，列出出现的每个段落和次数。',
  },
  { name: 'terms.schema.json', body: termsSchema, type: SCHEMA_TYPE, about: 'terms.json 的 JSON Schema（2020-12）。' },
  {
    name: 'report.txt',
    body: reportTxt,
    type: 'text/plain; charset=utf-8',
    about: '本站据以生成的原文，逐字节相同，一行一段。',
  },
  {
    name: 'report.md',
    body: reportMd,
    type: 'text/markdown; charset=utf-8',
    about: 'Markdown 版全文：各级标题和带编号的段落。',
  },
];

export function dataFile(name: string): DataFile {
  const file = DATA_FILES.find((each) => each.name === name);
  if (!file) throw new Error(`no data file ${name}`);
  return file;
}

/** A download as an endpoint's response. */
export const dataResponse = (name: string) =>
  new Response(dataFile(name).body, { headers: { 'Content-Type': dataFile(name).type } });

/** A file's size as /data/ shows it: 12.3 KB. */
export function sizeOf(file: DataFile): string {
  const bytes = new TextEncoder().encode(file.body).length;
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}
