// npm run import as a publisher runs it: a file in, report.txt and a draft meta out, the outline
// and the notes printed; a refused file writes nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportMeta } from '../../src/schemas/report-meta.ts';
import { root } from '../helpers.ts';
import { makeDocx, OFFICIAL_LEVELS } from './fixtures/make-docx.ts';

const folder = mkdtempSync(join(tmpdir(), 'import-cli-'));
const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'scripts/import.ts'), ...args], {
    cwd: folder,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: folder },
  });

describe('npm run import', () => {
  beforeAll(async () => {
    const docx = await makeDocx({
      blocks: [
        { text: '——2023年1月5日在某市第十五届人民代表大会第三次会议上' },
        { text: '各位代表：' },
        { text: '现在，我代表市人民政府，向大会报告工作。' },
        { text: '2022年工作回顾', list: { id: 1, level: 0 } },
        { text: '过去一年，我们坚持稳中求进。' },
        { text: '2023年工作安排', list: { id: 1, level: 0 } },
        { text: '今年，我们要扎实推进各项工作。' },
      ],
      abstracts: { 0: OFFICIAL_LEVELS },
      lists: { 1: { abstract: 0 } },
    });
    // A Word file with a .pdf name: the bytes decide.
    writeFileSync(join(folder, '报告.pdf'), docx);
    writeFileSync(join(folder, 'old.doc'), Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('writes report.txt and a valid draft meta beside the file, and prints the outline and the notes', () => {
    const result = run('报告.pdf');
    expect(result.status).toBe(0);
    expect(readFileSync(join(folder, '报告/report.txt'), 'utf8')).toBe(
      '——2023年1月5日在某市第十五届人民代表大会第三次会议上\n各位代表：\n现在，我代表市人民政府，向大会报告工作。\n一、2022年工作回顾\n过去一年，我们坚持稳中求进。\n二、2023年工作安排\n今年，我们要扎实推进各项工作。\n',
    );
    const meta: unknown = JSON.parse(readFileSync(join(folder, '报告/report.meta.json'), 'utf8'));
    expect(ReportMeta.parse(meta).title).toBe('某市政府工作报告（2023年）');
    expect(result.stdout).toContain('Word / WPS 文档 (.docx)');
    expect(result.stdout).toContain('date: 2023-01-05');
    expect(result.stdout).toMatch(/→ 3 sections \(opening, 2 parts, 0 appendices\)/);
    expect(result.stdout).toContain('/tasks/');
    expect(result.stdout).toContain('2 个自动编号已写成文字');
  });

  it('keeps a meta that is already there, and writes to --out', () => {
    writeFileSync(
      join(folder, 'report.meta.json'),
      '{"title":"已有","issuer":"某市人民政府","year":2023,"note":"注"}\n',
    );
    const result = run('报告.pdf', '--out', '.');
    expect(result.status).toBe(0);
    expect(readFileSync(join(folder, 'report.meta.json'), 'utf8')).toContain('"已有"');
    expect(result.stdout).toContain('already exists and was kept');
  });

  it('refuses a .doc binary with what to do, and writes nothing', () => {
    const result = run('old.doc');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('另存为 .docx');
    expect(existsSync(join(folder, 'old'))).toBe(false);
  });
});
