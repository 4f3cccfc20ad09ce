// A web page saved as a single file (.mht, .mhtml: MIME multipart/related, RFC 2557), as
// browsers save it: the page's HTML is its first text/html part.
import { decodeHtml } from './html.ts';

/** The bytes of a quoted-printable body (=E4=BD=A0, soft line breaks =\r\n). */
function quotedPrintable(text: string): Uint8Array {
  const bytes: number[] = [];
  const body = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < body.length; i++) {
    const hex = body[i] === '=' ? /^[0-9A-Fa-f]{2}$/.exec(body.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else {
      bytes.push(body.charCodeAt(i) & 0xff);
    }
  }
  return Uint8Array.from(bytes);
}

/** The HTML of a saved single-file page (decoded by its part's charset) and its address. */
export function htmlOfMhtml(bytes: Uint8Array): { html: string; location: string | undefined } | undefined {
  // Headers and encoded bodies are ASCII; latin1 keeps every byte as one character.
  const text = new TextDecoder('latin1').decode(bytes);
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(text)?.[1];
  if (!boundary) return undefined;
  for (const part of text.split(`--${boundary}`).slice(1)) {
    const split = /\r?\n\r?\n/.exec(part);
    if (!split) continue;
    const headers = part.slice(0, split.index);
    if (!/content-type:\s*text\/html/i.test(headers)) continue;
    const body = part.slice(split.index + split[0].length);
    const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase();
    const raw =
      encoding === 'base64'
        ? Uint8Array.from(Buffer.from(body.replace(/\s/g, ''), 'base64'))
        : encoding === 'quoted-printable'
          ? quotedPrintable(body)
          : Uint8Array.from(body, (char) => char.charCodeAt(0));
    const location = /content-location:\s*(\S+)/i.exec(headers)?.[1];
    const charset = /charset="?([\w-]+)"?/i.exec(headers)?.[1];
    if (charset) {
      try {
        return { html: new TextDecoder(charset).decode(raw), location };
      } catch {
        // Unknown label: the page's own <meta charset> decides.
      }
    }
    return { html: decodeHtml(raw), location };
  }
  return undefined;
}
