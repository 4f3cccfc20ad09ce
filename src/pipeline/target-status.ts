/**
 * Whether a target was met, from its bounds and qualifier and the outcome the next year's review
 * states: met, missed, or not comparable. The rules (README, "Targets followed"), written so that a
 * reader can disagree with them:
 *
 * - qualitative target, no outcome stated, an outcome in another measure (a level for a growth
 *   target) or unit (%, 个百分点; 亿元 and 万亿元 compare): not comparable;
 * - which way is better: a fall (下降3%) meets its target by falling at least that much; a limit
 *   (unemployment, 居民消费价格, 赤字率: `LIMIT_INDICATORS`) by staying at or under it; anything else
 *   by reaching at least it. An outcome of the other sign (进出口下降5% for 增长6%) counts negative;
 * - at-least L (6%以上): met when the outcome ≥ L; at-most U (5.5%以内): met when ≤ U;
 * - range L–U (6%—6.5%): met when L ≤ outcome ≤ U, as written (7% is outside 6%—6.5%);
 * - exact T (a bare 6%): met at or past T on the better side (≥ 6 for growth, ≤ for a limit);
 * - about T (6%左右): as exact, with a tolerance on the side that misses (`ABOUT_TOLERANCE`: a
 *   quarter point for rates, so 5.75 meets 6%左右 and 5.5 does not; 5.5 meets 5.5%左右);
 * - an outcome flagged 预计 (or 初步) is compared all the same: the status says so.
 */
import type { Measure, Qualifier } from '../schemas/figures.ts';
import { ABOUT_TOLERANCE, LIMIT_INDICATORS, RATE_UNITS } from './outcome-rules.ts';
import { comparableUnits, unitBase } from './outcomes.ts';

export type Status = 'met' | 'missed' | 'not-comparable';

export interface StatusTarget {
  indicator: string | null;
  measure: Measure;
  lower: number | null;
  upper: number | null;
  qualifier: Qualifier;
  unit: string;
}

export interface StatusOutcome {
  measure: Measure;
  value: number;
  unit: string;
}

/** The status and, in words, the rule that gave it. */
export interface StatusResult {
  status: Status;
  /** Why, in a few Chinese words: 不低于下限6%, 定性目标, 回顾未给出数值. */
  rule: string;
}

/** A little room for decimals written differently (5.5 and 5.50 are one value). */
const EPSILON = 1e-9;

const sameFamily = (a: Measure, b: Measure) => (a === 'level') === (b === 'level');

/**
 * The outcome in the target's measure and multiplier: a fall read against a growth target is
 * negative (and the reverse); 1.2万亿元 against a target in 亿元 is 12000.
 */
function inTargetTerms(target: StatusTarget, outcome: StatusOutcome): number {
  const sign = target.measure !== 'level' && target.measure !== outcome.measure ? -1 : 1;
  const scale = unitBase(outcome.unit).factor / unitBase(target.unit).factor;
  return sign * outcome.value * scale;
}

/** The status of a target given its outcome (or null when the review states none). */
export function targetStatus(target: StatusTarget, outcome: StatusOutcome | null): StatusResult {
  if (target.qualifier === 'qualitative') return { status: 'not-comparable', rule: '定性目标，没有可比的数值' };
  if (!outcome) return { status: 'not-comparable', rule: '回顾未给出数值' };
  if (!sameFamily(target.measure, outcome.measure)) {
    return { status: 'not-comparable', rule: '结果与目标口径不同（一为增减幅度，一为总量或水平）' };
  }
  if (!comparableUnits(target.unit, outcome.unit)) {
    return { status: 'not-comparable', rule: `单位不同（目标${target.unit}，结果${outcome.unit}）` };
  }
  const value = inTargetTerms(target, outcome);
  const limit = target.indicator !== null && LIMIT_INDICATORS.has(target.indicator) && target.measure !== 'decrease';
  const at = (met: boolean, rule: string): StatusResult => ({ status: met ? 'met' : 'missed', rule });
  const unit = target.unit;
  switch (target.qualifier) {
    case 'at-least':
      return at(value >= target.lower! - EPSILON, `不低于下限${target.lower}${unit}即完成`);
    case 'at-most':
      return at(value <= target.upper! + EPSILON, `不高于上限${target.upper}${unit}即完成`);
    case 'range':
      return at(
        value >= target.lower! - EPSILON && value <= target.upper! + EPSILON,
        `在${target.lower}${unit}—${target.upper}${unit}之间即完成`,
      );
    case 'exact':
      return limit
        ? at(value <= target.upper! + EPSILON, `不高于${target.upper}${unit}即完成`)
        : at(value >= target.lower! - EPSILON, `不低于${target.lower}${unit}即完成`);
    case 'about': {
      const tolerance = RATE_UNITS.test(unit)
        ? ABOUT_TOLERANCE.points
        : Math.abs(target.lower!) * ABOUT_TOLERANCE.share;
      const edge = limit ? target.upper! + tolerance : target.lower! - tolerance;
      const words = `${Number(edge.toFixed(4))}${unit}`;
      return limit
        ? at(value <= edge + EPSILON, `“左右”：不高于${words}即完成`)
        : at(value >= edge - EPSILON, `“左右”：不低于${words}即完成`);
    }
  }
}
