/**
 * The panel of targets followed (issue 19): every target with an indicator of every report in a
 * collection, the outcome the same place's next report states in its review, the status, and the
 * same indicator's targets at the levels above for that year. Pure functions: the collection's
 * build hands in each report's digest (`panelReport`, made right after the report is built, so
 * the collection is never held whole) and writes what comes out.
 */
import { createHash } from 'node:crypto';
import type { Report } from '../schemas/report.ts';
import type { FiguresFile, Target } from '../schemas/figures.ts';
import type { PlaceLevel } from '../schemas/report-meta.ts';
import type { PanelAbove, PanelFile, PanelOutcome, PanelRow, PanelTarget } from '../schemas/panel.ts';
import { toCsv } from './csv.ts';
import { blocksInPages, fragmentUrl } from './figures.ts';
import { INDICATORS } from './indicators.ts';
import { DISTINCT_NAMES, OUTCOME_FLAG_LABELS } from './outcome-rules.ts';
import { levelOfName, NATIONAL, parentOf } from './place-chain.ts';
import { findOutcome, reviewStatements, type ResultStatement } from './outcomes.ts';
import { ReportError, quote } from './report-error.ts';
import { targetStatus } from './target-status.ts';
import { boundsText } from './target-values.ts';

/** What the panel needs of one report: its place, its targets and the results its review states. */
export interface PanelReport {
  key: string;
  /** The report's source file, for messages. */
  file: string;
  place: string;
  placeId: string;
  level: PlaceLevel;
  year: number;
  stem: string;
  /** The place one level up: the meta's, or inferred (`place-chain.ts`). */
  parent: string | undefined;
  /** Its main targets (figures.json's, in order). */
  targets: Target[];
  /** The results its review states for the year before, each with its link. */
  statements: (ResultStatement & { url: string })[];
  /** The text of every paragraph a target or a result is in, to check the panel against. */
  paragraphs: Record<string, string>;
}

/** A report's digest for the panel, from the built report. */
export function panelReport(
  where: Omit<PanelReport, 'targets' | 'statements' | 'paragraphs' | 'year'>,
  built: { report: Report; figures: FiguresFile },
): PanelReport {
  const { report, figures } = built;
  const targets = figures.targets;
  const found = reviewStatements(report, { level: where.level, stopAt: figures.targets[0]?.paragraph });
  const pages = new Map(blocksInPages(report).map((entry) => [entry.block.id, entry]));
  const statements = found.map((statement) => {
    const entry = pages.get(statement.paragraph)!;
    return { ...statement, url: fragmentUrl(entry.block, statement.start, statement.end, entry.before) };
  });
  const paragraphs: Record<string, string> = {};
  for (const id of [...targets.map((target) => target.paragraph), ...statements.map((each) => each.paragraph)]) {
    paragraphs[id] = pages.get(id)!.block.text;
  }
  return { ...where, year: report.year, targets, statements, paragraphs };
}

const LABELS = new Map(INDICATORS.map((indicator) => [indicator.id, indicator.label]));
export const indicatorLabel = (id: string): string => LABELS.get(id) ?? id;

/** The levels' order, top first. */
const LEVEL_RANK: Record<PlaceLevel, number> = { national: 0, province: 1, city: 2, district: 3 };

const family = (measure: string) => (measure === 'level' ? 'level' : 'change');

function panelTarget(report: PanelReport, target: Target): PanelTarget {
  return {
    report: report.key,
    name: target.name,
    phrase: target.phrase,
    measure: target.measure,
    lower: target.lower,
    upper: target.upper,
    qualifier: target.qualifier,
    unit: target.unit,
    ...(target.stretch === undefined ? {} : { stretch: target.stretch }),
    text: target.text,
    paragraph: target.paragraph,
    number: target.number,
    url: target.url,
  };
}

function panelOutcome(report: PanelReport, statement: ResultStatement & { url: string }): PanelOutcome {
  return {
    report: report.key,
    name: statement.name,
    measure: statement.measure,
    value: statement.value,
    ...(statement.upTo === undefined ? {} : { upTo: statement.upTo }),
    unit: statement.unit,
    phrase: statement.phrase,
    text: statement.text,
    paragraph: statement.paragraph,
    number: statement.number,
    url: statement.url,
    flags: statement.flags,
  };
}

/**
 * A place's report of a year: the one whose file is the year itself (2016, not 2016-11), else the
 * first. One report a place a year takes part in the panel.
 */
function yearReports(reports: PanelReport[]): Map<string, PanelReport> {
  const byPlaceYear = new Map<string, PanelReport>();
  for (const report of reports) {
    const key = `${report.place}\u0000${report.year}`;
    const other = byPlaceYear.get(key);
    if (!other || (report.stem === String(report.year) && other.stem !== String(other.year))) {
      byPlaceYear.set(key, report);
    }
  }
  return byPlaceYear;
}

/** The target of a report that answers one of another report's: same indicator, the measure's family first. */
function sameIndicator(targets: Target[], like: Pick<Target, 'indicator' | 'measure'>): Target | undefined {
  const own = targets.filter((target) => target.indicator === like.indicator);
  return own.find((target) => family(target.measure) === family(like.measure)) ?? own[0];
}

const distinct = (name: string) => DISTINCT_NAMES.test(name);

export interface PanelOptions {
  /** The collection's title. */
  title: string;
  /** The day of the build, YYYY-MM-DD. */
  date: string;
  /** Where the dataset is served: SITE_URL and the base path, for the citation. */
  home: string;
}

/** The rules of the status as the panel states them (README, "Targets followed"). */
export const STATUS_RULES = [
  '目标为“X以上”（不低于、超过）：结果不低于X为完成；“X以内”（以下、控制在）：结果不高于X为完成；区间“X—Y”：结果在区间内为完成。',
  '不带限定的“X”：增长、总量等以达到或超过X为完成；失业率、居民消费价格、赤字率等上限性指标以不超过X为完成；“下降X”以降幅不小于X为完成。',
  '“X左右”：按“X”判断，另在未完成的一侧留出余量：百分比目标0.25个百分点（目标按半个百分点分档，6%左右与5.5%左右以5.75%为界），数量目标2.5%。',
  '定性目标、回顾中没有给出数值、结果与目标口径或单位不同的：不作判断（不可比）。“预计”“初步”的结果照常比较，并标出。',
];

/**
 * The panel: one row a target with an indicator, in the collection's order (level, place, year,
 * the report's order of targets), its outcome from the same place's report of the next year, the
 * status, and the same indicator's targets of the levels above for that year (by `parent`).
 */
export function buildPanel(reports: PanelReport[], options: PanelOptions): PanelFile {
  const byPlaceYear = yearReports(reports);
  const reportOf = (place: string, year: number) => byPlaceYear.get(`${place}\u0000${year}`);
  const national = reports.find((report) => report.level === 'national')?.place ?? NATIONAL;
  const placeIds = new Map(reports.map((report) => [report.place, report.placeId]));
  const parents = new Map(reports.map((report) => [report.place, { parent: report.parent, level: report.level }]));
  const ordered = [...byPlaceYear.values()].sort(
    (a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || a.placeId.localeCompare(b.placeId) || a.year - b.year,
  );
  const rows: PanelRow[] = [];
  for (const report of ordered) {
    const next = reportOf(report.place, report.year + 1);
    const ids = new Map<string, number>();
    for (const target of report.targets) {
      if (target.indicator === null) continue;
      const indicator = target.indicator;
      const base = `${report.placeId}/${report.year}/${indicator}/${target.measure}`;
      const seen = (ids.get(base) ?? 0) + 1;
      ids.set(base, seen);
      let outcome: PanelOutcome | null = null;
      let outcomeNote: string | undefined;
      if (!next) {
        outcomeNote = `本站没有${report.place}${report.year + 1}年的报告`;
      } else {
        const statements = next.statements.filter((each) => distinct(each.name) === distinct(target.name));
        const found = findOutcome(target, statements);
        if ('outcome' in found) outcome = panelOutcome(next, found.outcome as ResultStatement & { url: string });
        else outcomeNote = `${report.place}${report.year + 1}年报告：${found.text}`;
      }
      const { status, rule } = targetStatus(target, outcome);
      rows.push({
        id: seen === 1 ? base : `${base}-${seen}`,
        place: report.place,
        placeId: report.placeId,
        level: report.level,
        ...(report.parent ? { parent: report.parent } : {}),
        year: report.year,
        indicator,
        label: indicatorLabel(indicator),
        target: panelTarget(report, target),
        outcome,
        ...(outcomeNote ? { outcomeNote } : {}),
        status,
        statusRule: rule,
        above: aboveOf(report, target),
      });
    }
  }

  /** The chain above a report's place for its year, nearest first, each with its target for the indicator. */
  function aboveOf(report: PanelReport, target: Target): PanelAbove[] {
    const above: PanelAbove[] = [];
    const seen = new Set([report.place]);
    let parent = report.parent;
    while (parent && !seen.has(parent)) {
      seen.add(parent);
      const known = parents.get(parent);
      const up = reportOf(parent, report.year);
      const theirs = up && sameIndicator(up.targets, target);
      const parentLevel = known?.level ?? levelOfName(parent, national);
      above.push({
        level: parentLevel,
        place: parent,
        ...(placeIds.has(parent) ? { placeId: placeIds.get(parent)! } : {}),
        report: up?.key ?? null,
        target: up && theirs ? panelTarget(up, theirs) : null,
      });
      parent = known ? known.parent : parentOf({ name: parent, level: parentLevel }, national);
    }
    return above;
  }

  const hash = createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 8);
  const version = `${options.date}.${hash}`;
  const title = `${options.title}·目标与结果面板`;
  return {
    title,
    version,
    citation: `《${title}》，数据版本 ${version}，${options.home}panel.json`,
    rules: STATUS_RULES,
    rows,
  };
}

/**
 * Refuses a panel with a value that is not in the text: every target's and outcome's words must
 * be verbatim in their paragraph, the phrase in the words, and every number (bounds, stretch,
 * value) in the phrase. Throws a ReportError naming the report and paragraph.
 */
export function verifyPanel(panel: PanelFile, reports: PanelReport[]): void {
  const byKey = new Map(reports.map((report) => [report.key, report]));
  const check = (
    where: { report: string; paragraph: string; text: string; phrase: string },
    numbers: (number | null | undefined)[],
  ) => {
    const report = byKey.get(where.report);
    const paragraph = report?.paragraphs[where.paragraph];
    const name = `${report?.file ?? where.report} 第${where.paragraph}段`;
    if (paragraph === undefined || !paragraph.includes(where.text)) {
      throw new ReportError(
        undefined,
        `${name} 中没有原文 ${quote(where.text)}：面板只能发布原文中的字句 (not verbatim)`,
      );
    }
    if (!where.text.includes(where.phrase)) {
      throw new ReportError(undefined, `${name} 的 ${quote(where.text)} 中没有 ${quote(where.phrase)} (not verbatim)`);
    }
    for (const value of numbers) {
      if (value === null || value === undefined) continue;
      const written = [...where.phrase.matchAll(/\d+(?:\.\d+)?/g)].some((match) => Number(match[0]) === value);
      if (!written && !(value === 0 && /正增长|持平/.test(where.phrase))) {
        throw new ReportError(
          undefined,
          `${name} 的 ${quote(where.phrase)} 中没有数值 ${value}：面板的数值只能取原文中的数字 (a value not in its words)`,
        );
      }
    }
  };
  for (const row of panel.rows) {
    const targets = [row.target, ...row.above.flatMap((each) => (each.target ? [each.target] : []))];
    for (const target of targets) check(target, [target.lower, target.upper, target.stretch]);
    if (row.outcome) check(row.outcome, [row.outcome.value, row.outcome.upTo]);
  }
}

/** panel.csv's columns, in Chinese as the other tables of /data/ are. */
export const PANEL_HEADER = [
  '编号',
  '地方',
  '地方代号',
  '级别',
  '上级',
  '年份',
  '指标代码',
  '指标',
  '目标',
  '类型',
  '下限',
  '上限',
  '限定',
  '单位',
  '目标原文',
  '目标链接',
  '结果',
  '结果数值',
  '结果单位',
  '结果类型',
  '结果标注',
  '结果原文',
  '结果链接',
  '未见结果的原因',
  '状态',
  '判定规则',
  '上级目标',
];

export const STATUS_LABELS = { met: '完成', missed: '未完成', 'not-comparable': '不可比' } as const;

/** panel.csv: one row a panel row, the links absolute (`home` is SITE_URL with the base path). */
export function panelCsv(panel: PanelFile, origin: string): string {
  const cell = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));
  const absolute = (url: string) => `${origin}${url}`;
  return toCsv([
    PANEL_HEADER,
    ...panel.rows.map((row) => [
      row.id,
      row.place,
      row.placeId,
      row.level,
      row.parent ?? '',
      String(row.year),
      row.indicator,
      row.target.name,
      row.target.phrase,
      row.target.measure,
      cell(row.target.lower),
      cell(row.target.upper),
      row.target.qualifier,
      row.target.unit,
      row.target.text,
      absolute(row.target.url),
      row.outcome?.phrase ?? '',
      cell(row.outcome?.value),
      row.outcome?.unit ?? '',
      row.outcome?.measure ?? '',
      (row.outcome?.flags ?? []).map((flag) => OUTCOME_FLAG_LABELS[flag]).join(';'),
      row.outcome?.text ?? '',
      row.outcome ? absolute(row.outcome.url) : '',
      row.outcomeNote ?? '',
      STATUS_LABELS[row.status],
      row.statusRule,
      row.above
        .map((each) => `${each.place}：${each.target ? each.target.phrase || boundsText(each.target) : '—'}`)
        .join('；'),
    ]),
  ]);
}

/** What a report's targets table shows beside each target: last year's, and the levels above. */
export interface TargetFollowUp {
  /** The target's index in the report's figures.json `targets`. */
  index: number;
  indicator: string;
  /**
   * Last year's target of the same indicator (when the collection has last year's report), and its
   * outcome as this report's review states it, with the status; or the outcome alone.
   */
  lastYear: {
    target: PanelTarget | null;
    outcome: PanelOutcome | null;
    outcomeNote?: string;
    status: PanelRow['status'] | null;
    statusRule?: string;
  };
  above: PanelAbove[];
}

/**
 * For each report, what its targets table adds in a collection: for each target with an indicator,
 * last year's outcome of the same indicator from this report's own review (the panel's row of last
 * year where there is one; else the result its review states in this target's measure), and this
 * year's targets of the levels above.
 */
export function followUps(panel: PanelFile, reports: PanelReport[]): Map<string, TargetFollowUp[]> {
  const rows = new Map(
    panel.rows.map((row) => [
      `${row.target.report}\u0000${row.target.paragraph}\u0000${row.target.text}\u0000${row.target.phrase}`,
      row,
    ]),
  );
  const byPlaceYear = yearReports(reports);
  const result = new Map<string, TargetFollowUp[]>();
  for (const report of byPlaceYear.values()) {
    const previous = byPlaceYear.get(`${report.place}\u0000${report.year - 1}`);
    const entries: TargetFollowUp[] = report.targets.flatMap((target, index) => {
      if (target.indicator === null) return [];
      const own = rows.get(`${report.key}\u0000${target.paragraph}\u0000${target.text}\u0000${target.phrase}`);
      const before =
        previous &&
        panel.rows.find(
          (row) =>
            row.target.report === previous.key &&
            row.indicator === target.indicator &&
            family(row.target.measure) === family(target.measure),
        );
      let lastYear: TargetFollowUp['lastYear'];
      if (before) {
        lastYear = {
          target: before.target,
          outcome: before.outcome,
          ...(before.outcomeNote ? { outcomeNote: before.outcomeNote } : {}),
          status: before.status,
          statusRule: before.statusRule,
        };
      } else {
        const found = findOutcome(target, report.statements);
        lastYear =
          'outcome' in found
            ? {
                target: null,
                outcome: panelOutcome(report, found.outcome as ResultStatement & { url: string }),
                status: null,
              }
            : { target: null, outcome: null, outcomeNote: found.text, status: null };
      }
      return [{ index, indicator: target.indicator, lastYear, above: own?.above ?? [] }];
    });
    result.set(report.key, entries);
  }
  return result;
}
