import { ReportError } from './report-error.ts';

/**
 * Decodes the report's bytes as UTF-8, refusing anything else: a GBK file decoded leniently would
 * put replacement characters into the published text without a word.
 */
export function decodeSource(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = countLines(bytes, at);
    throw new ReportError(
      line,
      `文件不是 UTF-8 编码（第 ${at} 字节起无法解码）。请把 report.txt 另存为 UTF-8。` +
        ` (the file is not UTF-8: invalid bytes at offset ${at}; save it as UTF-8)`,
    );
  }
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the longest prefix that decodes, allowing a cut inside a sequence.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}
