import { describe, expect, it } from 'vitest';
import { MINIMAL, build, failure } from './helpers.ts';

const lines = MINIMAL.split('\n');
const without = (text: string) => lines.filter((line) => line !== text).join('\n');

describe('refusing bad input with a message that names the line and the problem', () => {
  it('rejects an empty file', () => {
    expect(failure('')).toMatch(/空的.*empty/);
  });

  it('rejects a file of blank lines only', () => {
    expect(failure(' \n\u3000\r\n\n')).toMatch(/空的/);
  });

  it('rejects bytes that are not UTF-8, naming the line', () => {
    const gbk = new Uint8Array([...new TextEncoder().encode('各位代表：\n第二行'), 0xd5, 0xc5, 0x0a]);
    expect(failure(gbk)).toMatch(/^第2行 \(line 2\): .*UTF-8/);
  });

  it('rejects a report whose goals heading is missing', () => {
    expect(failure(without('今后五年政府工作的思路目标'))).toMatch(
      /^第6行.*“目标任务和工作重点”部分出现在“思路目标”部分之前/,
    );
  });

  it('rejects a report whose last part is missing', () => {
    const message = failure(lines.slice(0, 9).join('\n'));
    expect(message).toMatch(/缺少“政府自身建设”部分/);
    expect(message).toMatch(/missing part: governance/);
  });

  it('rejects a part heading that appears twice, naming both lines', () => {
    const twice = [...lines.slice(0, 5), '过去五年和2021年工作回顾', ...lines.slice(5)].join('\n');
    expect(failure(twice)).toMatch(/^第6行.*重复出现：第3行/);
  });

  it('rejects parts out of order', () => {
    const swapped = [...lines.slice(0, 2), ...lines.slice(4, 6), ...lines.slice(2, 4), ...lines.slice(6)].join('\n');
    expect(failure(swapped)).toMatch(/^第3行.*“思路目标”部分出现在“工作回顾”部分之前/);
  });

  it('rejects a report that starts with a part heading (no opening address)', () => {
    expect(failure(lines.slice(2).join('\n'))).toMatch(/^第1行.*缺少开场白/);
  });

  it('rejects a part with no paragraphs', () => {
    expect(failure(without('今后五年，我们将继续努力。'))).toMatch(/^第5行.*没有正文/);
  });

  it('does not take heading words inside a paragraph for a heading', () => {
    const body = '围绕上述目标任务，我们将加强工作重点，做好回顾总结。';
    const { report } = build([...lines.slice(0, 4), body, ...lines.slice(4)].join('\n'));
    expect(report.sections[1]!.blocks[2]).toMatchObject({ kind: 'paragraph', text: body, number: 4 });
  });
});
