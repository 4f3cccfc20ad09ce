import { z } from 'zod';
import { Report } from '../schemas/report.ts';
import { ReportMeta } from '../schemas/report-meta.ts';
import { SectionFrontmatter } from '../schemas/section.ts';
import { decodeSource } from './decode-source.ts';
import { emitSectionMdx } from './emit-mdx.ts';
import { blockLineOf, formatIssues } from './format-issues.ts';
import { normalizeLines } from './normalize-lines.ts';
import { describe, outlineOf } from './outline.ts';
import { parseReport } from './parse-report.ts';
import { ReportError } from './report-error.ts';

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
  /** Generated files by name: `00-opening.mdx` … `04-governance.mdx`, `report.json`, `report.schema.json`. */
  files: Map<string, string>;
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
  const lines = normalizeLines(decodeSource(input.source));
  const sections = parseReport(lines, { title: meta.data.title, base: input.base });
  const candidate = { ...meta.data, sections };
  const report = Report.safeParse(candidate);
  if (!report.success) {
    throw new ReportError(
      undefined,
      `报告结构未通过校验：\n${formatIssues(report.error, { file: 'content/report.txt', data: candidate, lineOf: blockLineOf(candidate) })}`,
    );
  }

  const files = new Map<string, string>();
  report.data.sections.forEach((section, order) => {
    const paragraphs = section.blocks.filter((block) => block.kind === 'paragraph');
    const frontmatter = SectionFrontmatter.parse({
      slug: section.slug,
      order,
      title: section.title,
      url: section.url,
      description: describe(section.blocks),
      firstParagraph: paragraphs[0]?.number,
      lastParagraph: paragraphs.at(-1)?.number,
      outline: outlineOf(section.blocks),
    });
    files.set(`${String(order).padStart(2, '0')}-${section.slug}.mdx`, emitSectionMdx(frontmatter, section.blocks));
  });
  files.set('report.json', `${JSON.stringify(report.data, null, 2)}\n`);
  files.set('report.schema.json', `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
  return { report: report.data, files };
}

/** The JSON Schema of report.json, generated from the zod schema so the two cannot drift. */
export function reportJsonSchema(): object {
  return {
    ...z.toJSONSchema(Report, { io: 'output', target: 'draft-2020-12' }),
    title: 'report.json',
    description: '张店区政府工作报告（2022年）的结构化全文：每个非空行是一个块（标题或段落），按原文顺序。',
  };
}
