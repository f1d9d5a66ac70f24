/**
 * Raw counts per article (a Tally) and the figures derived from them. Overall figures are
 * computed from summed tallies (micro-average), so every figure keeps an honest count n.
 */

export interface Ratio {
  hit: number;
  n: number;
  /** hit / n, or null when n is 0 (nothing to score). */
  value: number | null;
}

export interface Tally {
  predictions: number;
  /** Predictions matching any gold toponym, required or not. */
  predMatched: number;
  required: number;
  requiredMatched: number;
  within161: Ratio;
  within25: Ratio;
  /** Errors of matched, resolved, gold-coordinated required toponyms; unresolved are excluded. */
  distancesKm: number[];
  dateExact: Ratio;
  dateWithin7: Ratio;
}

export interface Figures {
  precision: Ratio;
  recall: Ratio;
  f1: number | null;
  acc161: Ratio;
  acc25: Ratio;
  medianKm: number | null;
  meanKm: number | null;
  /** How many distances median and mean are over. */
  distanceN: number;
  dateExact: Ratio;
  dateWithin7: Ratio;
}

export function ratio(hit: number, n: number): Ratio {
  return { hit, n, value: n === 0 ? null : hit / n };
}

const addRatio = (a: Ratio, b: Ratio): Ratio => ratio(a.hit + b.hit, a.n + b.n);

export function emptyTally(): Tally {
  return {
    predictions: 0,
    predMatched: 0,
    required: 0,
    requiredMatched: 0,
    within161: ratio(0, 0),
    within25: ratio(0, 0),
    distancesKm: [],
    dateExact: ratio(0, 0),
    dateWithin7: ratio(0, 0),
  };
}

export function addTallies(a: Tally, b: Tally): Tally {
  return {
    predictions: a.predictions + b.predictions,
    predMatched: a.predMatched + b.predMatched,
    required: a.required + b.required,
    requiredMatched: a.requiredMatched + b.requiredMatched,
    within161: addRatio(a.within161, b.within161),
    within25: addRatio(a.within25, b.within25),
    distancesKm: [...a.distancesKm, ...b.distancesKm],
    dateExact: addRatio(a.dateExact, b.dateExact),
    dateWithin7: addRatio(a.dateWithin7, b.dateWithin7),
  };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] ?? hi) + hi) / 2;
}

export function figures(t: Tally): Figures {
  const precision = ratio(t.predMatched, t.predictions);
  const recall = ratio(t.requiredMatched, t.required);
  const p = precision.value;
  const r = recall.value;
  // No predictions at all leaves precision undefined, but recall 0 still makes F1 0.
  const f1 = p === 0 || r === 0 ? 0 : p === null || r === null ? null : (2 * p * r) / (p + r);
  const n = t.distancesKm.length;
  return {
    precision,
    recall,
    f1,
    acc161: t.within161,
    acc25: t.within25,
    medianKm: median(t.distancesKm),
    meanKm: n === 0 ? null : t.distancesKm.reduce((s, d) => s + d, 0) / n,
    distanceN: n,
    dateExact: t.dateExact,
    dateWithin7: t.dateWithin7,
  };
}
