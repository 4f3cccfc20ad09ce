// The search index on disk: what a static host stores and what Pagefind may fetch from it.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

const root = join(import.meta.dirname, '../../dist/pagefind');

export async function run(): Promise<boolean> {
  let files = 0;
  let bytes = 0;
  let brotli = 0;
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files++;
    bytes += statSync(path).size;
    brotli += brotliCompressSync(readFileSync(path)).length;
  }
  console.log(
    `dist/pagefind/: ${files} files, ${(bytes / 1024).toFixed(1)} KB, ${(brotli / 1024).toFixed(1)} KB with brotli`,
  );
  return true;
}
