// The panel of targets followed over the fixture collection (test/fixtures/collection: 国务院, 山东省
// and 淄博市 2022–2023, 张店区 2022; texts written for the tests): the place one level up where a meta
// does not say it, each row's outcome and the targets above, the check that every value is in its
// words, and panel.csv.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../src/pipeline/build-report.ts';
import { parseCsv } from '../src/pipeline/csv.ts';
import { buildPanel, panelCsv, panelReport, verifyPanel, type PanelReport } from '../src/pipeline/panel.ts';
import { decadeSegment, indicatorPath, panelIndex, yearPages, yearsOfDecade } from '../src/lib/panel-pages.ts';
import { parentOf } from '../src/pipeline/place-chain.ts';
import { PanelFile } from '../src/schemas/panel.ts';
import type { PlaceLevel } from '../src/schemas/report-meta.ts';
import { root } from './helpers.ts';

describe('the place one level up', () => {
  it('is the meta’s, else the nation for a province, the table’s province for a city, the code’s city for a district', () => {
    expect(parentOf({ name: '淄博市', level: 'city', parent: '某省' })).toBe('某省');
    expect(parentOf({ name: '国务院', level: 'national' })).toBeUndefined();
    expect(parentOf({ name: '山东省', level: 'province' })).toBe('国务院');
    expect(parentOf({ name: '山东省', level: 'province' }, '中央人民政府')).toBe('中央人民政府');
    expect(parentOf({ name: '淄博市', level: 'city' })).toBe('山东省');
    expect(parentOf({ name: '莱芜市', level: 'city' })).toBe('山东省');
    expect(parentOf({ name: '某市', level: 'city', code: '440300' })).toBe('广东省');
    expect(parentOf({ name: '上海市', level: 'city' })).toBe('国务院');
    expect(parentOf({ name: '张店区', level: 'district', code: '370303' })).toBe('淄博市');
    expect(parentOf({ name: '浦东新区', level: 'district', code: '310115' })).toBe('上海市');
    expect(parentOf({ name: '某区', level: 'district' })).toBeUndefined();
  });
});

const REPORTS: [level: PlaceLevel, place: string, id: string, year: number][] = [
  ['national', '国务院', 'guowuyuan', 2022],
  ['national', '国务院', 'guowuyuan', 2023],
  ['province', '山东省', 'shandong', 2022],
  ['province', '山东省', 'shandong', 2023],
  ['city', '淄博市', 'zibo', 2022],
  ['city', '淄博市', 'zibo', 2023],
  ['district', '张店区', 'zhangdian', 2022],
];

const digests: PanelReport[] = REPORTS.map(([level, place, id, year]) => {
  const file = join(root, 'test/fixtures/collection', level, place, `${year}.txt`);
  const meta = JSON.parse(readFileSync(file.replace(/\.txt$/, '.meta.json'), 'utf8')) as {
    parent?: string;
    code?: string;
  };
  const key = `${id}/${year}`;
  const built = buildReport({ source: readFileSync(file), meta, base: `/${key}/` });
  return panelReport(
    {
      key,
      file: `${level}/${place}/${year}.txt`,
      place,
      placeId: id,
      level,
      stem: String(year),
      parent: parentOf({ name: place, level, parent: meta.parent, code: meta.code }),
    },
    built,
  );
});
const panel = buildPanel(digests, { title: '测试报告库', date: '2026-01-02', home: 'https://example.org/' });

describe('the panel', () => {
  it('gives each target its outcome from the next year’s review, the status, and the same indicator above', () => {
    expect(PanelFile.safeParse(panel).success).toBe(true);
    const row = panel.rows.find((each) => each.id === 'zibo/2022/gdp/growth')!;
    expect([row.target.phrase, row.outcome?.phrase, row.outcome?.flags, row.status]).toEqual([
      '增长7.0%左右',
      '增长5.5%左右',
      ['estimate', 'about'],
      'missed',
    ]);
    expect(row.outcome!.url).toMatch(/^\/zibo\/2023\/review\/#p\d+:~:text=/);
    expect(row.above.map((each) => [each.place, each.target?.phrase ?? null])).toEqual([
      ['山东省', '增长5.5%左右'],
      ['国务院', '增长5.5%左右'],
    ]);
    const jobs = panel.rows.find((each) => each.id === 'zibo/2022/new-jobs/level')!;
    expect([jobs.outcome?.phrase, jobs.status]).toEqual(['23.5万人', 'met']);
    // Not the province's figure in the city's review, nor the five-year mean.
    expect(
      panel.rows.filter((each) => each.outcome?.report === 'zibo/2023').map((each) => each.outcome!.value),
    ).toEqual([5.5, 8.2, 23.5]);
  });

  it('says why a target has no outcome, and the chain of a district up to the nation', () => {
    const row = panel.rows.find((each) => each.id === 'zhangdian/2022/gdp/growth')!;
    expect([row.outcome, row.outcomeNote, row.status]).toEqual([null, '本站没有张店区2023年的报告', 'not-comparable']);
    expect(row.above.map((each) => each.place)).toEqual(['淄博市', '山东省', '国务院']);
  });

  it('versions the dataset by its date and its rows, and says how to cite it', () => {
    expect(panel.version).toMatch(/^2026-01-02\.[0-9a-f]{8}$/);
    expect(panel.citation).toBe(
      `《测试报告库·目标与结果面板》，数据版本 ${panel.version}，https://example.org/panel.json`,
    );
    const changed = buildPanel(digests.slice(1), {
      title: '测试报告库',
      date: '2026-01-02',
      home: 'https://example.org/',
    });
    expect(changed.version).not.toBe(panel.version);
  });

  it('refuses a value that is not in its words', () => {
    expect(() => verifyPanel(panel, digests)).not.toThrow();
    const tampered = structuredClone(panel);
    tampered.rows.find((each) => each.outcome)!.outcome!.value = 9.9;
    expect(() => verifyPanel(tampered, digests)).toThrow(/中没有数值 9.9/);
    const moved = structuredClone(panel);
    moved.rows[0]!.target.text = '增长99%';
    expect(() => verifyPanel(moved, digests)).toThrow(/中没有原文 “增长99%”/);
  });

  it('writes panel.csv for Excel: a BOM, CRLF, a row a target with absolute links', () => {
    const csv = panelCsv(panel, 'https://example.org');
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.split('\r\n').length).toBe(panel.rows.length + 2);
    const [header, first] = parseCsv(csv);
    expect(header!.length).toBe(first!.length);
    const at = (column: string) => first![header!.indexOf(column)];
    expect(at('编号')).toBe(panel.rows[0]!.id);
    expect(at('目标链接')).toBe(`https://example.org${panel.rows[0]!.target.url}`);
  });
});

describe('an indicator’s pages by year', () => {
  it('keeps the newest ten years on the page, and gives each older decade a page of its whole', () => {
    const years = [1954, 1988, 1990, 1999, ...Array.from({ length: 14 }, (_, at) => 2013 + at), 2013];
    const pages = yearPages(years);
    expect(pages.recent).toEqual([2026, 2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017]);
    expect(pages.decades).toEqual([2010, 1990, 1980, 1950]);
    // A decade's page holds the whole decade, years on the newest page too, so it does not change.
    expect(yearsOfDecade(years, 2010)).toEqual([2019, 2018, 2017, 2016, 2015, 2014, 2013]);
    expect(decadeSegment(1990)).toBe('1990s');
  });

  it('links a year to the page of the indicator that holds it: an old year to its decade’s', () => {
    const row = panel.rows.find((each) => each.id === 'shandong/2022/gdp/growth')!;
    const years = Array.from({ length: 26 }, (_, at) => 1995 + at);
    const old = { ...panel, rows: years.map((year) => ({ ...row, year, id: `shandong/${year}/gdp/growth` })) };
    const index = panelIndex(old);
    expect(indicatorPath(index, 'gdp', 1995)).toBe('indicators/gdp/1990s/');
    expect(indicatorPath(index, 'gdp', 2010)).toBe('indicators/gdp/2010s/');
    expect(indicatorPath(index, 'gdp', 2011)).toBe('indicators/gdp/');
    expect(indicatorPath(index, 'gdp', 2020)).toBe('indicators/gdp/');
  });

  it('makes no decade page for ten years or fewer', () => {
    expect(yearPages([2020, 2021, 2022, 2023]).decades).toEqual([]);
    expect(yearPages(Array.from({ length: 10 }, (_, at) => 2010 + at)).decades).toEqual([]);
  });
});
