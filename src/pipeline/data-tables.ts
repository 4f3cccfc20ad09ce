/**
 * The tables of `/data/`: targets.csv and figures.csv, from the same data as figures.json, and
 * report.md, the report as Markdown (headings and numbered paragraphs). Pure functions.
 */
import type { FiguresFile } from '../schemas/figures.ts';
import type { Report } from '../schemas/report.ts';
import { toCsv } from './csv.ts';

export const TARGETS_HEADER = ['类别', '指标', '目标', '数字', '原文', '段落', '段号', '链接'];
export const FIGURES_HEADER = ['数字', '数值', '上限', '单位', '类型', '分句', '部分', '子部分', '段落', '链接'];

/** What a target row's 类别 says. */
export const TARGET_GROUPS = { targets: '年度主要预期目标', goals: '五年目标' } as const;

/** Numbers in one CSV field: 7.5;8. */
export const joinNumbers = (numbers: number[]) => numbers.join(';');

export function targetsRows(file: FiguresFile): string[][] {
  return [
    TARGETS_HEADER,
    ...(['targets', 'goals'] as const).flatMap((group) =>
      file[group].map((target) => [
        TARGET_GROUPS[group],
        target.indicator,
        target.target,
        joinNumbers(target.numbers),
        target.text,
        target.paragraph,
        String(target.number),
        target.url,
      ]),
    ),
  ];
}

export function figuresRows(file: FiguresFile, report: Report): string[][] {
  const sections = new Map(report.sections.map((section) => [section.slug, section]));
  const outline = (slug: string, id: string | undefined) =>
    id === undefined ? '' : (sections.get(slug)?.outline.find((entry) => entry.id === id)?.text ?? '');
  return [
    FIGURES_HEADER,
    ...file.figures.map((figure) => [
      figure.text,
      String(figure.value),
      figure.upTo === undefined ? '' : String(figure.upTo),
      figure.unit,
      figure.kind,
      figure.clause,
      sections.get(figure.section)?.title ?? figure.section,
      outline(figure.section, figure.subpart),
      figure.paragraph,
      figure.url,
    ]),
  ];
}

export const targetsCsv = (file: FiguresFile) => toCsv(targetsRows(file));
export const figuresCsv = (file: FiguresFile, report: Report) => toCsv(figuresRows(file, report));

/** Escapes report text for Markdown: its marks stay characters, and no line turns into markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/^(#|[-+]\s|\d+[.)]\s|>)/, '\\$1');
}

/**
 * The report as Markdown: the title, cover lines, headings (# part, ## sub-part, ### third level)
 * and every paragraph with its number in bold (**40** …), tables as Markdown tables.
 */
export function reportMarkdown(report: Report): string {
  const lines: string[] = [`# ${escapeMarkdown(report.title)}`, ''];
  for (const section of report.sections) {
    let inTable = false;
    for (const block of section.blocks) {
      if (block.kind !== 'row' && inTable) {
        lines.push('');
        inTable = false;
      }
      if (block.kind === 'header' || block.kind === 'note') lines.push(escapeMarkdown(block.text), '');
      else if (block.kind === 'heading' && block.continues) {
        // A heading's next line joins its Markdown heading (pushed with a blank line after it).
        lines[lines.length - 2] += ` ${escapeMarkdown(block.text)}`;
      } else if (block.kind === 'heading')
        lines.push(`${'#'.repeat(block.level + 1)} ${escapeMarkdown(block.text)}`, '');
      else if (block.kind === 'paragraph') lines.push(`**${block.number}** ${escapeMarkdown(block.text)}`, '');
      else {
        const row = `| ${block.cells.map((cell) => escapeMarkdown(cell) || ' ').join(' | ')} |`;
        if (!inTable) {
          lines.push(row, `|${block.cells.map(() => ' --- ').join('|')}|`);
          inTable = true;
        } else lines.push(row);
      }
    }
    if (inTable) lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
