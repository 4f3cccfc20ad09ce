import { describe, expect, it } from 'vitest';
import {
  clashes,
  placeReport,
  reportFiles,
  reportLinks,
  samePart,
  type ReportFile,
} from '../src/pipeline/collection.ts';
import { ReportError } from '../src/pipeline/report-error.ts';
import type { SiteReport } from '../src/schemas/site-manifest.ts';
import { listFiles } from '../scripts/build-collection.ts';
import { root } from './helpers.ts';

const meta = (place: string, year: number, extra: Record<string, unknown> = {}) => ({
  title: `${place}政府工作报告（${year}年）`,
  issuer: `${place}人民政府`,
  year,
  note: '本站文本以正式发布文本为准',
  ...extra,
});
const file = (text: string): ReportFile => {
  const [level, folder, name] = text.split('/') as [string, string, string];
  return { text, level, folder, stem: name.replace(/\.txt$/, '') };
};

describe('reading a collection', () => {
  it('finds one report for each <level>/<place>/<year>.txt with its meta, 2016-11 and 1964-part included', () => {
    const { files, refused } = reportFiles([
      'index.tsv',
      'collection.json',
      'city/淄博市/2022.txt',
      'city/淄博市/2022.meta.json',
      'city/西宁市/2016-11.txt',
      'city/西宁市/2016-11.meta.json',
      'national/国务院/1964-part.txt',
      'national/国务院/1964-part.meta.json',
    ]);
    expect(refused).toEqual([]);
    expect(files.map((each) => [each.level, each.folder, each.stem])).toEqual([
      ['city', '淄博市', '2022'],
      ['city', '西宁市', '2016-11'],
      ['national', '国务院', '1964-part'],
    ]);
  });

  it('refuses, each with its file, a text without meta, a meta without text, an unknown level, a stem that is no year and a file out of place', () => {
    const { files, refused } = reportFiles([
      'city/淄博市/2022.txt',
      'city/淄博市/2023.meta.json',
      'county/某县/2022.txt',
      'county/某县/2022.meta.json',
      'city/淄博市/latest.txt',
      'city/淄博市/latest.meta.json',
      'city/2022.txt',
    ]);
    expect(files).toEqual([]);
    expect(refused.map((refusal) => refusal.file).sort()).toEqual([
      'city/2022.txt',
      'city/淄博市/2022.txt',
      'city/淄博市/2023.meta.json',
      'city/淄博市/latest.txt',
      'county/某县/2022.txt',
    ]);
    expect(refused.find((refusal) => refusal.file === 'county/某县/2022.txt')!.reason).toMatch(/county/);
    expect(refused.find((refusal) => refusal.file === 'city/淄博市/2022.txt')!.reason).toMatch(/2022\.meta\.json/);
  });

  it('reads the fixture collection through the file system, following its folders', () => {
    const { files, refused } = reportFiles(listFiles(`${root}/test/fixtures/collection`));
    expect(refused).toEqual([]);
    expect(files).toHaveLength(9);
  });
});

describe('placing a report', () => {
  it('gives the report its place, level, id, key and base from its folders and meta', () => {
    const placed = placeReport(file('city/淄博市/2022.txt'), meta('淄博市', 2022, { parent: '山东省' }), '/base/');
    expect(placed).toMatchObject({
      level: 'city',
      place: '淄博市',
      placeId: 'zibo',
      key: 'zibo/2022',
      base: '/base/zibo/2022/',
      year: 2022,
    });
  });

  it("lets the meta's place, level and id win over the folders", () => {
    const placed = placeReport(
      file('city/淄博/2022.txt'),
      meta('淄博市', 2022, { place: '淄博市', level: 'city', id: 'zb' }),
      '/',
    );
    expect(placed).toMatchObject({ place: '淄博市', placeId: 'zb', key: 'zb/2022' });
  });

  it('refuses a meta whose year is not the file name’s, and an invalid meta, naming the field', () => {
    expect(() => placeReport(file('city/淄博市/2022.txt'), meta('淄博市', 2021), '/')).toThrow(/2022.*2021/);
    expect(() => placeReport(file('city/淄博市/2022.txt'), { ...meta('淄博市', 2022), code: '37' }, '/')).toThrow(
      /code/,
    );
  });

  it('refuses a place whose id would be one of the site’s own pages', () => {
    expect(() => placeReport(file('city/某地/2022.txt'), meta('某地', 2022, { id: 'search' }), '/')).toThrow(
      ReportError,
    );
  });

  it('refuses two places with one id and two reports with one URL, naming the report before', () => {
    const one = {
      file: 'city/甲市/2022.txt',
      placed: placeReport(file('city/甲市/2022.txt'), meta('甲市', 2022, { id: 'jia' }), '/'),
    };
    const other = {
      file: 'city/乙市/2022.txt',
      placed: placeReport(file('city/乙市/2022.txt'), meta('乙市', 2022, { id: 'jia' }), '/'),
    };
    const again = { file: 'city/甲市/2022-b.txt', placed: { ...one.placed } };
    const refused = clashes([one, other, again]);
    expect(refused.map((refusal) => refusal.file)).toEqual(['city/乙市/2022.txt', 'city/甲市/2022-b.txt']);
    expect(refused[0]!.reason).toMatch(/甲市/);
    expect(refused[1]!.reason).toMatch(/city\/甲市\/2022\.txt/);
  });
});

describe('links between reports', () => {
  const report = (
    placeId: string,
    place: string,
    level: SiteReport['level'],
    stem: string,
    extra: Partial<SiteReport> = {},
  ): SiteReport => ({
    key: `${placeId}/${stem}`,
    base: `/${placeId}/${stem}/`,
    dir: `${placeId}/${stem}`,
    title: `${place}（${stem}）`,
    issuer: place,
    year: Number(stem.slice(0, 4)),
    stem,
    file: `${level}/${place}/${stem}.txt`,
    level,
    place,
    placeId,
    parts: ['opening', 'review', 'tasks', 'part-3'],
    ...extra,
  });
  const reports = [
    report('guowuyuan', '国务院', 'national', '2022'),
    report('shandong', '山东省', 'province', '2022'),
    report('zibo', '淄博市', 'city', '2020', { parent: '山东省' }),
    report('zibo', '淄博市', 'city', '2022', { parent: '山东省' }),
    report('zibo', '淄博市', 'city', '2025', { parent: '山东省' }),
    report('zhangdian', '张店区', 'district', '2022', { parent: '淄博市' }),
  ];

  it('links the same place’s previous and next report, skipping the years it does not have', () => {
    const links = reportLinks(reports, 'zibo/2022');
    expect(links.previous?.key).toBe('zibo/2020');
    expect(links.next?.key).toBe('zibo/2025');
    expect(reportLinks(reports, 'zibo/2020').previous).toBeUndefined();
  });

  it('links the levels above for the same year, by parent and, for a province, the national level', () => {
    expect(reportLinks(reports, 'zhangdian/2022').above.map((each) => each.key)).toEqual([
      'zibo/2022',
      'shandong/2022',
      'guowuyuan/2022',
    ]);
    expect(reportLinks(reports, 'zibo/2020').above).toEqual([]);
    expect(reportLinks(reports, 'guowuyuan/2022').above).toEqual([]);
  });

  it('finds the same part by its kind, never by its position', () => {
    const other = reports[3]!;
    expect(samePart(other, 'review')).toBe('review');
    expect(samePart(other, 'goals')).toBeUndefined();
    expect(samePart(other, 'part-3')).toBeUndefined();
  });
});
