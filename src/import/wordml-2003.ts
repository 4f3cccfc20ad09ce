// A Word 2003 XML document (what WPS and Word save as "Word XML", often under a .docx name) as
// lines of text. Its lists are numbered as numbering.xml's are (docx-numbering.ts); then its body
// is rewritten as a .docx's document.xml (the same element names in the 2006 namespace, without
// the 2003 wrappers) and read by the same path as a .docx.
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { childNamed, OOXML_W, readWordml2003Lists, WORDML_2003_W } from './docx-numbering.ts';
import { docxHtmlLines, numberingNotes, readStyleNumbering, writeOutNumbering, type ListNames } from './docx.ts';
import type { Imported } from './imported.ts';

const AUX_HINT = 'http://schemas.microsoft.com/office/word/2003/auxHint';
const AML = 'http://schemas.microsoft.com/aml/2001/core';
const SMART_TAGS = 'urn:schemas-microsoft-com:office:smarttags';
const OFFICE = 'urn:schemas-microsoft-com:office:office';

// Word 2003 elements with no text for a reader: pictures and their data, bookmarks, proofing
// marks. (Headers and footers are kept in w:sectPr there, which mammoth ignores as it does a
// .docx's.)
const DROPPED = new Set(['pict', 'binData', 'bookmarkStart', 'bookmarkEnd', 'proofErr']);
// Wrappers whose content is the text: hyperlinks, change-tracking chunks.
const UNWRAPPED = new Set(['hlink', 'cfChunk']);
const RENAMED: Record<string, string> = { vmerge: 'vMerge' };

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** The 2003 body's content as the XML of a .docx body. */
export function toDocumentXml(node: Node): string {
  if (node.nodeType === 3) return escapeText(node.nodeValue ?? '');
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  const inner = () => Array.from(element.childNodes).map(toDocumentXml).join('');
  const ns = element.namespaceURI;
  if (ns === AUX_HINT || ns === SMART_TAGS) return inner();
  if (ns === AML) {
    // Tracked deletions and comments are not the text; insertions and the rest are.
    const type = element.getAttributeNS(WORDML_2003_W, 'type') || element.getAttribute('w:type') || '';
    return /Deletion|Comment|Bookmark/.test(type) ? '' : inner();
  }
  if (ns !== WORDML_2003_W) return '';
  const name = element.localName;
  if (DROPPED.has(name)) return '';
  if (UNWRAPPED.has(name)) return inner();
  const attributes = Array.from(element.attributes)
    .filter((attribute) => attribute.namespaceURI === WORDML_2003_W)
    .map((attribute) => ` w:${attribute.localName}="${escapeAttribute(attribute.value)}"`)
    .join('');
  const space = name === 't' ? ' xml:space="preserve"' : '';
  const tag = `w:${RENAMED[name] ?? name}`;
  return `<${tag}${attributes}${space}>${inner()}</${tag}>`;
}

/** A minimal .docx package around a document.xml body. */
async function packageDocx(body: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${OOXML_W}"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
}

/** A Word 2003 XML document's text as lines, with its title. */
export async function importWordml2003(text: string): Promise<Imported> {
  const document = new DOMParser().parseFromString(text, 'application/xml');
  const root = document.documentElement;
  const names: ListNames = { ns: WORDML_2003_W, properties: 'listPr', list: 'ilfo' };
  const definitions = readWordml2003Lists(childNamed(root, WORDML_2003_W, 'lists'), WORDML_2003_W);
  const styles = readStyleNumbering(childNamed(root, WORDML_2003_W, 'styles'), names);
  const body = childNamed(root, WORDML_2003_W, 'body');
  if (!body) throw new Error('w:body is missing');
  const numbered = writeOutNumbering(body, definitions, styles, names);
  const docx = await packageDocx(Array.from(body.childNodes).map(toDocumentXml).join(''));
  const { lines, notes } = await docxHtmlLines(docx);
  const title = document.getElementsByTagNameNS(OFFICE, 'Title')[0]?.textContent?.trim();
  return { lines, hints: { title: title || undefined }, notes: [...numberingNotes(numbered), ...notes] };
}
