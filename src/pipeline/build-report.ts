import { z } from 'zod';
import { FiguresFile } from '../schemas/figures.ts';
import { Report } from '../schemas/report.ts';
import { TermsFile } from '../schemas/terms.ts';
import { ReportMeta } from '../schemas/report-meta.ts';
import { SectionFrontmatter } from '../schemas/section.ts';
import { decodeSource } from './decode-source.ts';
import { figuresCsv, reportMarkdown, targetsCsv } from './data-tables.ts';
import { extractFigures, verifyFigures } from './figures.ts';
import { blockLineOf, formatIssues } from './format-issues.ts';
import { normalizeLines } from './normalize-lines.ts';
import { describe, outlineOf } from './outline.ts';
import { parseReport, type ParsedSection, type ParseWarning } from './parse-report.ts';
import { ReportError } from './report-error.ts';
import { extractTerms } from './terms.ts';

export interface BuildInput {
  /** The bytes of content/report.txt. */
  source: Uint8Array;
  /** The parsed JSON of content/report.meta.json. */
  meta: unknown;
  /** The normalised base path, `/` or `/zd2022/`. */
  base: string;
}

export interface BuildOutput {
  report: Report;
  figures: FiguresFile;
  terms: TermsFile;
  /** The parser's sections, with what the pages need besides report.json (names, numerals). */
  sections: ParsedSection[];
  /** What each section's page needs besides its blocks, in reading order. */
  pages: SectionFrontmatter[];
  /**
   * Generated files by name: `meta.json`, `report.json`, `report.schema.json`, `sections.json`
   * (the pages), `figures.json`, `figures.schema.json`, `terms.json`, `terms.schema.json`,
   * `targets.csv`, `figures.csv`, `report.md`, and `report.txt`, the source's text as it came.
   */
  files: Map<string, string>;
  /** What the publisher should look at (numbering gaps); the build goes on. */
  warnings: ParseWarning[];
}

/**
 * The whole content pipeline, without touching the file system: decode, normalise, parse,
 * validate, emit. Throws a ReportError that names the line and the problem.
 */
export function buildReport(input: BuildInput): BuildOutput {
  const meta = ReportMeta.safeParse(input.meta);
  if (!meta.success) {
    throw new ReportError(
      undefined,
      `report.meta.json 有误：\n${formatIssues(meta.error, { file: 'content/report.meta.json', data: input.meta })}`,
    );
  }
  const decoded = decodeSource(input.source);
  const lines = normalizeLines(decoded);
  const { sections, warnings } = parseReport(lines, {
    title: meta.data.title,
    base: input.base,
    parts: meta.data.parts,
  });
  const candidate = {
    ...meta.data,
    sections: sections.map(({ slug, kind, title, url, blocks }) => ({
      slug,
      kind,
      title,
      url,
      outline: outlineOf(blocks).map(({ id, level, text }) => ({ id, level, text })),
      blocks,
    })),
  };
  const report = Report.safeParse(candidate);
  if (!report.success) {
    throw new ReportError(
      undefined,
      `报告结构未通过校验：\n${formatIssues(report.error, { file: 'content/report.txt', data: candidate, lineOf: blockLineOf(candidate) })}`,
    );
  }

  const files = new Map<string, string>();
  const pages: SectionFrontmatter[] = [];
  report.data.sections.forEach((section, order) => {
    const parsed = sections[order]!;
    const paragraphs = section.blocks.filter((block) => block.kind === 'paragraph');
    const frontmatter = SectionFrontmatter.parse({
      slug: section.slug,
      kind: section.kind,
      order,
      title: section.title,
      label: parsed.label,
      name: parsed.name,
      numeral: parsed.numeral,
      url: section.url,
      description: describe(section.blocks),
      firstParagraph: paragraphs[0]?.number,
      lastParagraph: paragraphs.at(-1)?.number,
      outline: outlineOf(section.blocks),
      heading: headingOf(section),
    });
    pages.push(frontmatter);
  });
  files.set('sections.json', `${JSON.stringify(pages)}\n`);
  files.set('meta.json', `${JSON.stringify(meta.data, null, 2)}\n`);
  files.set('report.json', `${JSON.stringify(report.data, null, 2)}\n`);
  files.set('report.schema.json', `${JSON.stringify(reportJsonSchema(meta.data.title), null, 2)}\n`);

  // The numbers and the words, from the validated model; a span not in its paragraph stops the build.
  const figures = FiguresFile.parse(extractFigures(report.data));
  verifyFigures(figures, report.data);
  const terms = TermsFile.parse(extractTerms(report.data));
  files.set('figures.json', `${JSON.stringify(figures, null, 2)}\n`);
  files.set('figures.schema.json', `${JSON.stringify(figuresJsonSchema(meta.data.title), null, 2)}\n`);
  files.set('terms.json', `${JSON.stringify(terms, null, 2)}\n`);
  files.set('terms.schema.json', `${JSON.stringify(termsJsonSchema(meta.data.title), null, 2)}\n`);
  files.set('targets.csv', targetsCsv(figures));
  files.set('figures.csv', figuresCsv(figures, report.data));
  files.set('report.md', reportMarkdown(report.data));
  // Decoded with its BOM and line ends kept: written back as UTF-8, the bytes are the source's.
  files.set('report.txt', decoded);
  return { report: report.data, figures, terms, sections, pages, files, warnings };
}

/** How a part's heading stands in the source, where it is not a line of its own. */
function headingOf(section: Report['sections'][number]): 'run-in' | 'none' | undefined {
  const [first] = section.blocks;
  if (section.kind !== 'part' || first?.kind === 'heading') return undefined;
  return first?.kind === 'paragraph' && first.leadLevel === 1 ? 'run-in' : 'none';
}

// The schemas are the same for every report but their description: generated once, not once a
// report of a collection.
const generated = new Map<z.ZodType, object>();
function jsonSchemaOf(schema: z.ZodType): object {
  if (!generated.has(schema)) generated.set(schema, z.toJSONSchema(schema, { io: 'output', target: 'draft-2020-12' }));
  return generated.get(schema)!;
}

/** The JSON Schema of report.json, generated from the zod schema so the two cannot drift. */
export function reportJsonSchema(title: string): object {
  return {
    ...jsonSchemaOf(Report),
    title: 'report.json',
    description: `${title}的结构化全文：每个非空行是一个块（封面行、标题、段落或表格行），按原文顺序。`,
  };
}

/** The JSON Schema of figures.json. */
export function figuresJsonSchema(title: string): object {
  return {
    ...jsonSchemaOf(FiguresFile),
    title: 'figures.json',
    description: `${title}的数字：年度主要预期目标、五年目标和全文每个带单位的数字，每个都是所在段落的原文片段。`,
  };
}

/** The JSON Schema of terms.json. */
export function termsJsonSchema(title: string): object {
  return {
    ...jsonSchemaOf(TermsFile),
    title: 'terms.json',
    description: `${title}中加引号的词条及其出现的段落，按拼音排序。`,
  };
}
