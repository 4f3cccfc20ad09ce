// What a file is, read from its bytes (magic numbers, the parts inside a zip, the first markup),
// never from its name: a Word 2003 XML file saved as .docx, a web page saved as .doc, a scan
// called .pdf are all common.
import JSZip from 'jszip';
import { Refused } from './refused.ts';

export const FORMATS = {
  docx: 'Word / WPS 文档 (.docx)',
  'wordml-2003': 'Word 2003 XML 文档',
  html: '网页 (.html)',
  mhtml: '单个文件网页 (.mht / .mhtml)',
  pdf: 'PDF',
} as const;
export type Format = keyof typeof FORMATS;

const startsWith = (bytes: Uint8Array, ...magic: number[]) => magic.every((byte, index) => bytes[index] === byte);
const ascii = (bytes: Uint8Array, end = 4096) => new TextDecoder('latin1').decode(bytes.subarray(0, end));

const SAVE_AS_DOCX = '请在 Word 或 WPS 里打开，另存为 .docx（Word 文档）后再导入。';

/** Refusals for binary formats that are not ours, by their magic numbers. */
const BINARY_REFUSALS: { magic: number[]; refuse: () => Refused }[] = [
  {
    // OLE2 compound files: Word 97-2003 .doc, WPS .wps (and .xls, .et, .ppt).
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    refuse: () =>
      new Refused(
        '这是 Word 97-2003（.doc）或 WPS（.wps）的二进制文件',
        'a Word 97-2003 .doc or WPS .wps binary file',
        SAVE_AS_DOCX,
      ),
  },
  ...[
    [0x89, 0x50, 0x4e, 0x47],
    [0xff, 0xd8, 0xff],
    [0x47, 0x49, 0x46, 0x38],
    [0x49, 0x49, 0x2a, 0x00],
    [0x4d, 0x4d, 0x00, 0x2a],
    [0x42, 0x4d],
  ].map((magic) => ({
    magic,
    refuse: () =>
      new Refused(
        '这是一张图片，没有文字',
        'an image, without text',
        '请找原始的 Word 文件、网页或带文字层的 PDF；实在没有，先用 OCR 软件识别成文字，再逐字校对。',
      ),
  })),
];

/** The format of a file by its bytes, or a Refused that says what it is and what to do instead. */
export async function sniffFormat(bytes: Uint8Array): Promise<Format> {
  if (bytes.length === 0) throw new Refused('文件是空的', 'an empty file', '请检查文件是否完整。');
  // PDF's header may come after some bytes of junk (the spec allows 1024).
  if (ascii(bytes, 1024).includes('%PDF-')) return 'pdf';
  for (const { magic, refuse } of BINARY_REFUSALS) if (startsWith(bytes, ...magic)) throw refuse();
  if (startsWith(bytes, 0x52, 0x49, 0x46, 0x46) && ascii(bytes, 12).endsWith('WEBP'))
    throw BINARY_REFUSALS[1]!.refuse();
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return sniffZip(bytes);

  const head = decodeHead(bytes);
  if (/^\s*\{\\rtf/.test(head)) {
    throw new Refused('这是 RTF 文件', 'an RTF file', SAVE_AS_DOCX);
  }
  if (/<\?mso-application\s+progid="Word\.Document"|<w:wordDocument[\s>]/i.test(head)) return 'wordml-2003';
  // MIME headers first (From:, Subject:, MIME-Version:, …), then a multipart/related body.
  const headers = head.split(/\r?\n\r?\n/)[0]!;
  if (/^MIME-Version:/im.test(headers) && /multipart\/related/i.test(headers)) return 'mhtml';
  if (
    /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title|div|p|table)[\s>]/i.test(
      head,
    )
  ) {
    return 'html';
  }
  if (/<(html|body|div|p)[\s>]/i.test(head)) return 'html';
  if (isText(bytes)) {
    throw new Refused(
      '这已经是纯文本文件',
      'already a plain text file',
      '请直接把它存为 content/report.txt（UTF-8），用 npm run outline 查看结构。',
    );
  }
  throw new Refused(
    '认不出这是什么格式的文件',
    'a format we do not know',
    '能导入的是 .docx（Word、WPS）、网页（.html、.mht）和带文字层的 PDF。',
  );
}

/** The start of a text file, whatever its encoding, good enough to look for markup. */
function decodeHead(bytes: Uint8Array): string {
  const head = bytes.subarray(0, 4096);
  if (startsWith(head, 0xff, 0xfe)) return new TextDecoder('utf-16le').decode(head);
  if (startsWith(head, 0xfe, 0xff)) return new TextDecoder('utf-16be').decode(head);
  return new TextDecoder('utf-8').decode(head).replace(/^\ufeff/, '');
}

function isText(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, 65536));
    return !bytes.subarray(0, 65536).includes(0);
  } catch {
    return false;
  }
}

/** A zip is a .docx when it holds a Word document; OFD, OpenDocument and other Office files are not. */
async function sniffZip(bytes: Uint8Array): Promise<Format> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new Refused('这是一个损坏的压缩文件', 'a damaged zip file', '请重新下载或重新保存文件。');
  }
  const names = Object.keys(zip.files);
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  if (zip.file('word/document.xml') || /wordprocessingml\.document\.main\+xml/.test(types)) return 'docx';
  if (names.some((name) => /^OFD\.xml$/i.test(name))) {
    throw new Refused(
      '这是 OFD 版式文件',
      'an OFD file',
      '请用 OFD 阅读器（数科、福昕、WPS）把它导出为带文字层的 PDF，或找原始的 Word 文件。',
    );
  }
  const mimetype = (await zip.file('mimetype')?.async('string'))?.trim();
  if (mimetype?.startsWith('application/vnd.oasis.opendocument')) {
    throw new Refused('这是 OpenDocument 文件（.odt 等）', 'an OpenDocument file', SAVE_AS_DOCX);
  }
  if (names.some((name) => name.startsWith('xl/') || name.startsWith('ppt/'))) {
    throw new Refused(
      '这是 Excel 或 PowerPoint 文件',
      'an Excel or PowerPoint file',
      '请找报告的 Word 文件、网页或 PDF。',
    );
  }
  throw new Refused(
    '这是一个压缩包，里面没有 Word 文档',
    'a zip archive without a Word document',
    '请先解压，再导入其中的报告文件。',
  );
}
