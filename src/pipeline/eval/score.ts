/**
 * Scoring, pure: gold + predictions in, figures and itemised misses out. Rules follow
 * /work/shared/eval/README.md; see figures.ts for how counts become figures.
 */
import { SETTLEMENT_KINDS } from "../../shared/types.ts";
import { haversineKm } from "./distance.ts";
import { judgeDate } from "./dates.ts";
import { addTallies, emptyTally, figures, ratio, type Figures, type Tally } from "./figures.ts";
import type { Gold, GoldArticle } from "./gold.ts";
import { matchSpans } from "./match-spans.ts";
import { emptyMisses, mergeMisses, type Misses } from "./misses.ts";
import type { Predicted } from "./predicted.ts";

/** Above this a placement is listed as a miss for inspection (the town-level threshold). */
const FAR_KM = 25;
const SETTLEMENTS: ReadonlySet<string> = new Set(SETTLEMENT_KINDS);

export interface ArticleScore {
  id: string;
  /** False when the article is missing from articles.json. */
  present: boolean;
  predicted_published: string | null;
  gold_published: string;
  figures: Figures;
}

export interface EvalResult {
  overall: Figures;
  articles: ArticleScore[];
  misses: Misses;
  /** Signs the predictions and gold disagree about the text itself (offsets can't be trusted). */
  warnings: string[];
}

interface Scored {
  tally: Tally;
  misses: Misses;
  warnings: string[];
}

function scoreArticle(g: GoldArticle, gold: Gold, pred: Predicted): Scored {
  const misses = emptyMisses();
  const warnings: string[] = [];
  const art = pred.articles.get(g.id);
  // A missing article scores with no predictions, so every toponym is missed and the date wrong.
  const mentions = art ? pred.mentions.filter((m) => m.article === g.id) : [];
  if (!art) misses.missing_articles.push(g.id);
  const off = art ? g.toponyms.filter((t) => art.text.slice(t.start, t.end) !== t.text) : [];
  if (off.length > 0) {
    warnings.push(`${g.id}: ${off.length} gold span(s) differ from the predicted article text`);
  }
  const matches = matchSpans(g.toponyms, mentions);
  const predOf = new Map(matches.map((m) => [m.gold, m.pred]));
  const matchedPreds = new Set(matches.map((m) => m.pred));
  const t = emptyTally();
  t.predictions = mentions.length;
  t.predMatched = matchedPreds.size;
  let hit161 = 0;
  let n161 = 0;
  let hit25 = 0;
  let n25 = 0;
  g.toponyms.forEach((top, gi) => {
    if (!top.required) return;
    t.required += 1;
    const at = { article: g.id, start: top.start, end: top.end, text: top.text };
    const pi = predOf.get(gi);
    const m = pi === undefined ? undefined : mentions[pi];
    if (!m) return void misses.missed.push({ ...at, gold_place: top.place });
    t.requiredMatched += 1;
    const goldPlace = gold.places.get(top.place);
    if (!goldPlace?.coord) return; // no gold coordinate: not scored for resolution
    const settlement = SETTLEMENTS.has(goldPlace.kind);
    n161 += 1;
    if (settlement) n25 += 1;
    const coord = m.place === null ? undefined : pred.places.get(m.place);
    if (m.place === null || !coord) {
      // Unresolved: a miss at every threshold, but excluded from median/mean since it has no
      // distance (imputing one would make the mean depend on an arbitrary penalty); the
      // unresolved list and the threshold n show how many there were.
      misses.unresolved.push({ ...at, gold_place: top.place, predicted_place: m.place });
      return;
    }
    const km = haversineKm(coord, goldPlace.coord);
    t.distancesKm.push(km);
    if (km <= 161) hit161 += 1;
    if (settlement && km <= FAR_KM) hit25 += 1;
    if (km > FAR_KM) {
      const far = { predicted_place: m.place, gold_place: top.place, gold_kind: goldPlace.kind };
      misses.far.push({ ...at, ...far, distance_km: km });
    }
  });
  t.within161 = ratio(hit161, n161);
  t.within25 = ratio(hit25, n25);
  mentions.forEach((m, pi) => {
    if (matchedPreds.has(pi)) return;
    const at = { article: m.article, start: m.start, end: m.end, text: m.text };
    misses.false_positives.push({ ...at, predicted_place: m.place });
  });
  const published = art?.published ?? null;
  const verdict = judgeDate(published, g.published, g.precision);
  t.dateExact = ratio(verdict.exact ? 1 : 0, 1);
  t.dateWithin7 = ratio(verdict.within7 ? 1 : 0, 1);
  if (!verdict.exact) {
    misses.wrong_dates.push({
      article: g.id,
      predicted: published,
      predicted_basis: art?.published_basis ?? "(article missing)",
      gold: g.published,
      gold_precision: g.precision,
      gold_basis: g.basis,
      diff_days: verdict.diffDays,
      within7: verdict.within7,
    });
  }
  return { tally: t, misses, warnings };
}

/** Scores only the articles in the gold file; predictions for other articles are ignored. */
export function score(gold: Gold, pred: Predicted): EvalResult {
  let total = emptyTally();
  let misses = emptyMisses();
  const warnings: string[] = [];
  const articles = gold.articles.map((g): ArticleScore => {
    const s = scoreArticle(g, gold, pred);
    total = addTallies(total, s.tally);
    misses = mergeMisses(misses, s.misses);
    warnings.push(...s.warnings);
    const art = pred.articles.get(g.id);
    return {
      id: g.id,
      present: art !== undefined,
      predicted_published: art?.published ?? null,
      gold_published: g.published,
      figures: figures(s.tally),
    };
  });
  return { overall: figures(total), articles, misses, warnings };
}
