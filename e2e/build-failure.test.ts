// Bad input fails the build with its message and leaves the last good output alone.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { root } from './browser.ts';

/** A fingerprint of a folder: every file's path and content. */
function fingerprint(dir: string): string {
  const hash = createHash('sha256');
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }).sort((a, b) =>
    join(a.parentPath, a.name).localeCompare(join(b.parentPath, b.name)),
  )) {
    if (entry.isFile())
      hash.update(join(entry.parentPath, entry.name)).update(readFileSync(join(entry.parentPath, entry.name)));
  }
  return hash.digest('hex');
}

const source = readFileSync(join(root, 'content/report.txt'), 'utf8');
const CASES: [string, string | Uint8Array, RegExp][] = [
  ['an empty file', '', /空的/],
  ['bytes that are not UTF-8', new Uint8Array([0xb8, 0xf7, 0xce, 0xbb, 0x0a]), /第1行.*UTF-8/],
  [
    'a missing part',
    source.replace('今后五年政府工作的思路目标', ''),
    /第\d+行.*“目标任务和工作重点”部分出现在“思路目标”部分之前/,
  ],
  ['a part heading that appears twice', `${source}\n全面提升政府治理能力水平\n`, /第\d+行.*重复出现/],
  [
    'parts out of order',
    source
      .replace('过去五年和2021年工作回顾', '过渡段落。')
      .replace('今后五年政府工作的思路目标\n', '今后五年政府工作的思路目标\n过去五年和2021年工作回顾\n'),
    /出现在“工作回顾”部分之前/,
  ],
];

describe('a build from bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bad-report-'));
  const before = { dist: fingerprint(join(root, 'dist')), content: fingerprint(join(root, 'content/sections')) };

  for (const [name, text, message] of CASES) {
    it(`fails on ${name}, names the problem, and writes nothing`, () => {
      const file = join(dir, `${name.replace(/\W+/g, '-')}.txt`);
      writeFileSync(file, text);
      const run = spawnSync(process.execPath, ['scripts/build-site.ts'], {
        cwd: root,
        env: { ...process.env, REPORT_SOURCE: file },
        encoding: 'utf8',
      });
      assert.notEqual(run.status, 0, 'the build must fail');
      assert.match(run.stderr, message);
      assert.match(run.stderr, /nothing was written/);
      assert.equal(fingerprint(join(root, 'dist')), before.dist, 'dist/ must stay as it was');
      assert.equal(
        fingerprint(join(root, 'content/sections')),
        before.content,
        'generated content must stay as it was',
      );
    });
  }
});
