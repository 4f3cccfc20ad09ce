// npm run check-reports: a row per report, the summary of many, and the command over a folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRow, formatRow, reasonOf, summarize, type CheckRow } from '../src/pipeline/report-check.ts';
import { ReportError } from '../src/pipeline/report-error.ts';
import { build, MINIMAL, root } from './helpers.ts';

describe('a report’s row', () => {
  it('counts what was built: parts, appendices, paragraphs, level-2 entries, targets and their slugs', () => {
    const row = checkRow('minimal.txt', build(MINIMAL), 3);
    expect(row).toMatchObject({
      file: 'minimal.txt',
      status: 'built',
      parts: 4,
      appendices: 0,
      paragraphs: 6,
      subParts: 1,
      partSlugs: ['review', 'goals', 'tasks', 'governance'],
      warnings: [],
    });
    expect(formatRow(row)).toMatch(
      /^built {4}minimal\.txt {2}4 parts, 0 appendices, 6 paragraphs, 1 level-2, 0 targets {2}\[review goals tasks governance\]$/,
    );
  });

  it('keeps a refusal’s line and message, and a reason without the line, the quoted words or the numbers', () => {
    const error = new ReportError(12, '部分标题“二、“十三五”时期的发展构想”重复出现：第10行已经是同样的标题。');
    const row = checkRow('a.txt', error, 1);
    expect(row.error).toEqual({
      line: 12,
      message: error.message,
      reason: '部分标题“…”重复出现：第N行已经是同样的标题。',
    });
    expect(reasonOf('第3行 (line 3): 部分“附件2”没有正文')).toBe('部分“…”没有正文');
  });

  it('lets anything but a ReportError through: a crash is not a refusal', () => {
    expect(() => checkRow('a.txt', new TypeError('boom'), 1)).toThrow('boom');
  });
});

describe('the summary of many reports', () => {
  const row = (file: string, parts: number, targets = 1, ms = 10): CheckRow => ({
    file,
    status: 'built',
    ms,
    parts,
    appendices: 0,
    paragraphs: 5,
    subParts: 0,
    targets,
    partSlugs: [],
    warnings: [],
  });
  const refused = (file: string, reason: string): CheckRow => ({
    file,
    status: 'refused',
    ms: 1,
    warnings: [],
    error: { message: reason, reason },
  });

  it('counts, groups refusals by reason (most first), makes a parts histogram, lists single-part and target-less reports', () => {
    const summary = summarize([
      row('a.txt', 3),
      row('b.txt', 1, 0),
      row('c.txt', 3, 2, 30),
      refused('d.txt', 'X'),
      refused('e.txt', 'Y'),
      refused('f.txt', 'Y'),
    ]);
    expect(summary).toMatchObject({ reports: 6, built: 3, refused: 3, partsHistogram: { '1': 1, '3': 2 } });
    expect(summary.refusals).toEqual([
      { reason: 'Y', count: 2, files: ['e.txt', 'f.txt'] },
      { reason: 'X', count: 1, files: ['d.txt'] },
    ]);
    expect(summary.singlePart).toEqual(['b.txt']);
    expect(summary.noTargets).toEqual(['b.txt']);
    expect(summary.ms.max).toBe(30);
  });
});

describe('npm run check-reports over a folder', () => {
  it('checks every .txt under it in worker threads, prints a line each and the summary, and writes the JSON', () => {
    const json = join(mkdtempSync(join(tmpdir(), 'check-')), 'out.json');
    const run = spawnSync(
      process.execPath,
      ['scripts/check-reports.ts', 'test/fixtures/genre', '--json', json, '--jobs', '2'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(run.status, run.stderr).toBe(0);
    const written = JSON.parse(readFileSync(json, 'utf8'));
    expect(written.reports.map((each: CheckRow) => each.file)).toEqual(
      [...written.reports.map((each: CheckRow) => each.file)].sort((a: string, b: string) => a.localeCompare(b, 'en')),
    );
    expect(written.summary.reports).toBe(written.reports.length);
    expect(written.summary.refused).toBe(0);
    expect(run.stdout).toContain('built    end-matter/report.txt  2 parts');
    expect(run.stdout).toMatch(/\d+ reports: \d+ built, 0 refused/);
  }, 60_000); // a second process and two worker threads: slow on a busy machine, never a hang
});
