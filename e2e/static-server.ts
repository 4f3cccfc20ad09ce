// A small static file server for the built site, as a static host serves it: directory index
// pages, the base path, and the 404 page for anything else. Listens on loopback only.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { pipeline } from 'node:stream';
import { createBrotliCompress } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
};

export interface RunningServer {
  origin: string;
  close(): Promise<void>;
}

/** Compressed by a host that compresses (see README, hosting): text, not PNGs or Pagefind's files. */
const COMPRESSED = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg']);

/**
 * Serves `root` at `base` (such as `/` or `/zd2022/`) on a free loopback port; with `brotli`, text
 * compressed as a real host serves it, for measurements that count bytes on the wire (Lighthouse).
 */
export async function serveStatic(root: string, base = '/', { brotli = false } = {}): Promise<RunningServer> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file: string | undefined;
    if (path.startsWith(base)) {
      const relative = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
      const candidate = join(root, relative);
      if (existsSync(candidate) && statSync(candidate).isDirectory()) {
        if (!path.endsWith('/')) {
          response.writeHead(301, { Location: `${path}/` }).end();
          return;
        }
        if (existsSync(join(candidate, 'index.html'))) file = join(candidate, 'index.html');
      } else if (existsSync(candidate)) {
        file = candidate;
      }
    }
    const status = file ? 200 : 404;
    file ??= join(root, '404.html');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (brotli && COMPRESSED.has(extname(file)) && /\bbr\b/.test(String(request.headers['accept-encoding']))) {
      response.writeHead(status, { 'Content-Type': type, 'Content-Encoding': 'br' });
      pipeline(createReadStream(file), createBrotliCompress(), response, () => {});
      return;
    }
    response.writeHead(status, { 'Content-Type': type });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
