import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport, type BuildOutput } from '../src/pipeline/build-report.ts';

export const root = join(import.meta.dirname, '..');
export const realSource = readFileSync(join(root, 'content/report.txt'));
export const realMeta: unknown = JSON.parse(readFileSync(join(root, 'content/report.meta.json'), 'utf8'));

export function fixture(path: string): string {
  return readFileSync(join(root, 'test/fixtures', path), 'utf8');
}

/** Runs the pipeline on text, with the real metadata. */
export function build(text: string | Uint8Array, base = '/'): BuildOutput {
  const source = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return buildReport({ source, meta: realMeta, base });
}

/** A minimal report with every part, for tests that change one thing. */
export const MINIMAL = [
  '各位代表：',
  '现在，我代表区人民政府，向大会报告工作。',
  '过去五年和2021年工作回顾',
  '过去五年，我们取得了成绩。',
  '今后五年政府工作的思路目标',
  '今后五年，我们将继续努力。',
  '2022年政府工作的目标任务和工作重点',
  '一、聚力提升产业品质',
  '大力发展城市经济。推进总部经济。',
  '全面提升政府治理能力水平',
  '加强政治建设。坚持党的全面领导。',
].join('\n');

/** The error message a build of this text fails with. */
export function failure(text: string | Uint8Array): string {
  try {
    build(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the build to fail');
}
