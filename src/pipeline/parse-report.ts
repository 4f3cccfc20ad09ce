import type { Block } from '../schemas/block.ts';
import type { SectionSlug } from '../schemas/section.ts';
import type { SourceLine } from './normalize-lines.ts';
import { ReportError, quote } from './report-error.ts';
import { PARTS, isSubPartHeading, matchPartHeading } from './report-structure.ts';
import { findRunInHead } from './run-in-head.ts';
import { pageUrl } from './base-path.ts';

/** A section before validation: the parser's output. */
export interface ParsedSection {
  slug: SectionSlug;
  title: string;
  url: string;
  blocks: Block[];
}

/**
 * Turns the report's normalised lines into its sections: the opening address, then the four parts
 * in order. Every line becomes exactly one block; paragraphs are numbered across the whole report.
 */
export function parseReport(lines: SourceLine[], options: { title: string; base: string }): ParsedSection[] {
  const sections: ParsedSection[] = [
    { slug: 'opening', title: options.title, url: pageUrl(options.base, undefined), blocks: [] },
  ];
  const seen = new Map<string, number>();
  let paragraphs = 0;
  let subParts = 0;

  for (const { line, text } of lines) {
    const current = sections[sections.length - 1]!;
    const part = matchPartHeading(text);
    if (part) {
      const earlier = seen.get(part.slug);
      if (earlier !== undefined) {
        throw new ReportError(
          line,
          `部分标题${quote(text)}重复出现：第${earlier}行已经是“${part.name}”部分的标题。` +
            ` (the ${part.slug} heading appears twice; first at line ${earlier})`,
        );
      }
      const expected = PARTS[sections.length - 1];
      if (expected?.slug !== part.slug) {
        const missing = PARTS.slice(sections.length - 1, PARTS.indexOf(part)).map((p) => `“${p.name}”`);
        throw new ReportError(
          line,
          missing.length > 0
            ? `“${part.name}”部分出现在${missing.join('、')}部分之前：部分缺失或顺序颠倒。` +
                ` (the ${part.slug} part comes before ${missing.length > 1 ? 'parts' : 'part'} that must precede it)`
            : `“${part.name}”部分的标题${quote(text)}出现得太晚：应在“${PARTS[sections.length - 2]?.name}”之前。` +
                ` (parts out of order: ${part.slug} after ${current.slug})`,
        );
      }
      if (current.slug === 'opening' && current.blocks.length === 0) {
        throw new ReportError(
          line,
          `报告缺少开场白：第一部分标题之前没有文字。 (no opening address before the first part)`,
        );
      }
      requireParagraphs(current);
      seen.set(part.slug, line);
      subParts = 0;
      const url = pageUrl(options.base, part.slug);
      sections.push({
        slug: part.slug,
        title: text,
        url,
        blocks: [{ kind: 'heading', id: part.slug, level: 1, text, line, url: `${url}#${part.slug}` }],
      });
      continue;
    }
    if (current.slug !== 'opening' && isSubPartHeading(text)) {
      const id = `${current.slug}-${++subParts}`;
      current.blocks.push({ kind: 'heading', id, level: 2, text, line, url: `${current.url}#${id}` });
      continue;
    }
    const number = ++paragraphs;
    const lead = findRunInHead(text);
    current.blocks.push({
      kind: 'paragraph',
      id: `p${number}`,
      number,
      text,
      line,
      url: `${current.url}#p${number}`,
      ...(lead ? { lead } : {}),
    });
  }

  requireParagraphs(sections[sections.length - 1]!);
  const missing = PARTS.slice(sections.length - 1);
  if (missing.length > 0) {
    const last = lines[lines.length - 1]!.line;
    throw new ReportError(
      undefined,
      `报告缺少${missing.map((p) => `“${p.name}”`).join('、')}部分：找不到它的标题（读到第${last}行为止）。` +
        `标题应是单独一行，不超过30个字，不带句号、逗号等标点。` +
        ` (missing part: ${missing.map((p) => p.slug).join(', ')}; a part heading is a short line of its own without sentence punctuation)`,
    );
  }
  return sections;
}

/** A part whose heading is followed by nothing but headings has lost its text. */
function requireParagraphs(section: ParsedSection): void {
  const heading = section.blocks[0];
  if (section.slug === 'opening' || !heading) return;
  if (!section.blocks.some((block) => block.kind === 'paragraph')) {
    throw new ReportError(
      heading.line,
      `部分${quote(section.title)}没有正文：标题之后直接是下一个标题或文件结尾。 (the ${section.slug} part has no paragraphs)`,
    );
  }
}
