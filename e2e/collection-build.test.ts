// A collection with bad reports: the build stops and lists every refused report (file, line,
// reason), writing nothing; with --skip-refused it builds the rest and lists what it left out, in
// its summary and on the home page's about section. Runs scripts/build-collection.ts on a
// collection made here from the fixture's reports and broken copies of them.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { root } from './browser.ts';

const OUT = 'dist.collection-refusals';
let dir: string;

function build(...args: string[]) {
  return spawnSync(process.execPath, ['scripts/build-collection.ts', ...args], {
    cwd: root,
    env: {
      ...process.env,
      COLLECTION: join(dir, 'reports'),
      SITE_OUT_DIR: OUT,
      COLLECTION_SITE_DIR: join(dir, 'site'),
    },
    encoding: 'utf8',
  });
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'collection-'));
  const reports = join(dir, 'reports');
  cpSync(join(root, 'test/fixtures/collection/national'), join(reports, 'national'), { recursive: true });
  cpSync(join(root, 'test/fixtures/collection/city/淄博市'), join(reports, 'city/淄博市'), { recursive: true });
  // A text that is not UTF-8, a meta whose year is not the file's, a text without a meta.
  writeFileSync(join(reports, 'city/淄博市/2023.txt'), new Uint8Array([0xb8, 0xf7, 0xce, 0xbb, 0x0a]));
  const meta = JSON.parse(readFileSync(join(reports, 'city/淄博市/2022.meta.json'), 'utf8'));
  writeFileSync(join(reports, 'city/淄博市/2022.meta.json'), JSON.stringify({ ...meta, year: 2021 }));
  rmSync(join(reports, 'national/国务院/2023.meta.json'));
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(root, OUT), { recursive: true, force: true });
});

describe('a collection with refused reports', () => {
  it('stops, lists every refused report with its file, line and reason, and writes nothing', () => {
    const result = build();
    assert.equal(result.status, 1, result.stdout + result.stderr);
    assert.match(result.stderr, /3 份报告未通过检查/);
    assert.match(result.stderr, /city\/淄博市\/2023\.txt: 第1行 \(line 1\): .*UTF-8/);
    assert.match(result.stderr, /city\/淄博市\/2022\.txt: .*2022.*2021/);
    assert.match(result.stderr, /national\/国务院\/2023\.txt: .*meta/);
    assert.match(result.stderr, /没有写入任何文件/);
    assert.equal(existsSync(join(root, OUT)), false, 'no site written');
    assert.equal(existsSync(join(dir, 'site')), false, 'no data written');
  });

  it('with --skip-refused builds the rest and lists what it left out, in the summary and on the home page', () => {
    const result = build('--skip-refused');
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /collection: 1 reports/);
    assert.match(result.stdout, /3 份报告未收入/);
    const home = readFileSync(join(root, OUT, 'index.html'), 'utf8');
    const about = home.slice(home.indexOf('id="about"'));
    assert.match(about, /未收入的 3 份报告/);
    for (const file of ['city/淄博市/2022.txt', 'city/淄博市/2023.txt', 'national/国务院/2023.txt']) {
      assert.ok(about.includes(`<code>${file}</code>`), file);
    }
    assert.ok(existsSync(join(root, OUT, 'guowuyuan/2022/index.html')));
  });
});
