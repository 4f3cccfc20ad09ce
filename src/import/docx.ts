// A Word (or WPS) .docx as lines of text. mammoth reads the document (paragraphs in order,
// tables, soft breaks, text boxes; never the headers and footers with their page numbers); what it
// leaves out is the numbering Word generates, so the labels (一、 （一） 1.) are worked out from
// numbering.xml first and written into the paragraphs as text, through the zip library mammoth
// itself uses.
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { fromHtml } from 'hast-util-from-html';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { dropPageNumberLines } from './clean-lines.ts';
import {
  childNamed,
  childrenNamed,
  emptyNumbering,
  isKnownFormat,
  labelSeparator,
  NumberingCounters,
  OOXML_W,
  readNumberingXml,
  STRICT_W,
  valueOf,
  type NumberingDefinitions,
} from './docx-numbering.ts';
import { linesOf } from './html.ts';
import type { Imported } from './imported.ts';

const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** How a dialect names its list properties: numbering.xml's w:numPr, Word 2003's w:listPr. */
export interface ListNames {
  ns: string;
  properties: 'numPr' | 'listPr';
  list: 'numId' | 'ilfo';
}

interface StyleNumbering {
  list?: string | undefined;
  level?: number | undefined;
  basedOn?: string | undefined;
}

/** Each paragraph style's own list (w:numPr in its w:pPr), and the style it is based on. */
export function readStyleNumbering(styles: Element | undefined, names: ListNames): Map<string, StyleNumbering> {
  const table = new Map<string, StyleNumbering>();
  if (!styles) return table;
  const { ns } = names;
  for (const style of childrenNamed(styles, ns, 'style')) {
    const id = valueOf(style, ns, 'styleId');
    if (!id) continue;
    const properties = childNamed(childNamed(style, ns, 'pPr'), ns, names.properties);
    const level = valueOf(childNamed(properties, ns, 'ilvl'), ns);
    table.set(id, {
      list: valueOf(childNamed(properties, ns, names.list), ns),
      level: level === undefined ? undefined : Number(level),
      basedOn: valueOf(childNamed(style, ns, 'basedOn'), ns),
    });
  }
  return table;
}

export interface Numbered {
  labelled: number;
  bullets: number;
  unknownFormats: Set<string>;
}

/**
 * Writes each numbered paragraph's label into it as a run of text, in document order, and takes
 * the paragraph's list properties away. A paragraph's list is its own w:numPr, else its style's
 * (through w:basedOn); numId 0 means none. Paragraphs in mc:Choice are skipped: the same text
 * is in mc:Fallback, which is what mammoth reads.
 */
export function writeOutNumbering(
  body: Element,
  definitions: NumberingDefinitions,
  styles: Map<string, StyleNumbering>,
  names: ListNames,
): Numbered {
  const { ns } = names;
  const counters = new NumberingCounters(definitions);
  const result: Numbered = { labelled: 0, bullets: 0, unknownFormats: new Set() };
  const styleList = (styleId: string | undefined) => {
    const seen = new Set<string>();
    for (let id = styleId; id && !seen.has(id); id = styles.get(id)?.basedOn) {
      seen.add(id);
      const style = styles.get(id);
      if (style?.list !== undefined) return { ...style, styleId: id };
    }
    return undefined;
  };
  const paragraphs = Array.from(body.getElementsByTagNameNS(ns, 'p'));
  for (const paragraph of paragraphs) {
    let ancestor = paragraph.parentNode as Element | null;
    while (ancestor && !(ancestor.namespaceURI === MC && ancestor.localName === 'Choice')) {
      ancestor = ancestor.parentNode as Element | null;
    }
    if (ancestor) continue;
    const properties = childNamed(paragraph, ns, 'pPr');
    const own = childNamed(properties, ns, names.properties);
    const styleId = valueOf(childNamed(properties, ns, 'pStyle'), ns);
    const fromStyle = styleList(styleId);
    const list = valueOf(childNamed(own, ns, names.list), ns) ?? fromStyle?.list;
    if (own) properties!.removeChild(own);
    if (list === undefined || list === '0') continue;
    const ownLevel = valueOf(childNamed(own, ns, 'ilvl'), ns);
    let level = ownLevel === undefined ? undefined : Number(ownLevel);
    if (level === undefined && fromStyle) {
      const abstract = definitions.abstracts.get(definitions.lists.get(list)?.abstract ?? '');
      const linked = [...(abstract?.entries() ?? [])].find(([, format]) => format.style === fromStyle.styleId)?.[0];
      level = fromStyle.level ?? linked;
    }
    const label = counters.next(list, level ?? 0);
    if (!label) continue;
    if (label.bullet) {
      result.bullets++;
      continue;
    }
    if (!isKnownFormat(label.format)) result.unknownFormats.add(label.format);
    const text = label.text + labelSeparator(label);
    if (text === '') continue;
    const document = paragraph.ownerDocument!;
    const run = document.createElementNS(ns, 'w:r');
    const textElement = document.createElementNS(ns, 'w:t');
    textElement.setAttribute('xml:space', 'preserve');
    textElement.appendChild(document.createTextNode(text));
    run.appendChild(textElement);
    paragraph.insertBefore(run, properties ? properties.nextSibling : paragraph.firstChild);
    result.labelled++;
  }
  return result;
}

/** Where a package's part is, by its relationships (`_rels/.rels`, `word/_rels/document.xml.rels`). */
async function relationshipTarget(zip: JSZip, from: string, type: string): Promise<string | undefined> {
  const directory = from.includes('/') ? from.slice(0, from.lastIndexOf('/') + 1) : '';
  const name = from.slice(directory.length);
  const rels = await zip.file(`${directory}_rels/${name}.rels`)?.async('string');
  if (!rels) return undefined;
  const document = new DOMParser().parseFromString(rels, 'application/xml');
  for (const relationship of Array.from(document.getElementsByTagName('Relationship'))) {
    if (!relationship.getAttribute('Type')?.endsWith(`/${type}`)) continue;
    const target = relationship.getAttribute('Target') ?? '';
    if (relationship.getAttribute('TargetMode') === 'External') continue;
    return target.startsWith('/') ? target.slice(1) : new URL(target, `file:///${from}`).pathname.slice(1);
  }
  return undefined;
}

/** The main document part of a .docx (word/document.xml, unless its relationships say otherwise). */
export async function documentPart(zip: JSZip): Promise<string | undefined> {
  const target = (await relationshipTarget(zip, '', 'officeDocument')) ?? 'word/document.xml';
  return zip.file(target) ? target : undefined;
}

/** mammoth's HTML of a .docx (its numbering already written out) as lines, and what it dropped. */
export async function docxHtmlLines(bytes: Uint8Array): Promise<{ lines: string[]; notes: string[] }> {
  const notes: string[] = [];
  let images = 0;
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    {
      // Images carry no text: not read at all (mammoth would inline each as base64).
      convertImage: mammoth.images.imgElement(async () => {
        images++;
        return { src: '' };
      }),
      ignoreEmptyParagraphs: true,
    },
  );
  const { lines, joinedBreaks } = linesOf(fromHtml(result.value, { fragment: true }));
  const numbers = dropPageNumberLines(lines);
  if (joinedBreaks.length > 0) {
    notes.push(
      `${joinedBreaks.length} 处段内的手动换行已接上：${joinedBreaks.slice(0, 5).join('；')} (soft line breaks joined)`,
    );
  }
  if (numbers.dropped.length > 0)
    notes.push(`去掉了正文里的页码行：${numbers.dropped.join(' ')} (page numbers dropped)`);
  if (images > 0) notes.push(`文档中有 ${images} 张图片，没有文字，已略过。 (${images} images skipped)`);
  return { lines: numbers.lines, notes };
}

/** Notes on the numbering written out. */
export function numberingNotes(numbered: Numbered): string[] {
  const notes: string[] = [];
  if (numbered.labelled > 0) {
    notes.push(`${numbered.labelled} 个自动编号已写成文字（如 一、 （一） 1.） (automatic numbers written out)`);
  }
  if (numbered.bullets > 0) {
    notes.push(`${numbered.bullets} 个项目符号（• 之类）没有写进文本 (bullets left out)`);
  }
  for (const format of numbered.unknownFormats) {
    notes.push(`不认识的编号格式 ${format}，按阿拉伯数字写出：请核对 (unknown number format written as digits)`);
  }
  return notes;
}

/** A .docx file's text as lines, with what it says about itself. */
export async function importDocx(bytes: Uint8Array): Promise<Imported> {
  const zip = await JSZip.loadAsync(bytes);
  const main = await documentPart(zip);
  if (!main) throw new Error('word/document.xml is missing');
  const parse = async (path: string | undefined) => {
    const text = path ? await zip.file(path)?.async('string') : undefined;
    return text ? new DOMParser().parseFromString(text, 'application/xml') : undefined;
  };
  const document = (await parse(main))!;
  const ns = document.documentElement.namespaceURI === STRICT_W ? STRICT_W : OOXML_W;
  const names: ListNames = { ns, properties: 'numPr', list: 'numId' };
  const stylesXml = await parse(await relationshipTarget(zip, main, 'styles'));
  const styles = readStyleNumbering(stylesXml?.documentElement, names);
  // A numbering style's own list, for definitions that only link to one (w:numStyleLink).
  const styleList = (styleId: string) => styles.get(styleId)?.list;
  const numberingXml = await parse(await relationshipTarget(zip, main, 'numbering'));
  const definitions = numberingXml ? readNumberingXml(numberingXml, ns, styleList) : emptyNumbering();
  const numbered = writeOutNumbering(document.documentElement, definitions, styles, names);
  zip.file(main, new XMLSerializer().serializeToString(document));
  const rewritten = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });

  const { lines, notes } = await docxHtmlLines(rewritten);
  const core = await parse('docProps/core.xml');
  const title = core?.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', 'title')[0]?.textContent?.trim();
  return { lines, hints: { title: title || undefined }, notes: [...numberingNotes(numbered), ...notes] };
}
