import { describe, expect, it } from 'vitest';
import { SHARE_IMAGE, renderShareImage, renderTargetsImage, titleSize } from '../src/share/share-image.ts';

describe('titleSize', () => {
  it('keeps a title on one line at the largest size it fits', () => {
    expect(titleSize('全面提升政府治理能力水平')).toBe(84);
    expect(titleSize('过去五年和2021年工作回顾')).toBe(72);
  });

  it('falls back to the smaller size, on two lines, for a long title', () => {
    expect(titleSize('2022年政府工作的目标任务和工作重点')).toBe(72);
  });
});

describe('renderShareImage', () => {
  it('renders a 1200×630 PNG with a Chinese title', async () => {
    const png = await renderShareImage({ kicker: '第四部分', title: '全面提升政府治理能力水平', footer: '第49–54段' });
    expect([...png.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([SHARE_IMAGE.width, SHARE_IMAGE.height]);
  }, 30_000);
});

describe('renderTargetsImage', () => {
  it('renders the targets as a 1200×630 PNG', async () => {
    const png = await renderTargetsImage({
      kicker: '一图读懂',
      title: '2022年主要预期目标',
      tiles: [{ indicator: '地区生产总值', target: '增长6%以上' }],
      note: '全面完成上级下达的节能减排约束性指标',
      footer: '张店区人民政府',
    });
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([SHARE_IMAGE.width, SHARE_IMAGE.height]);
  }, 30_000);
});
