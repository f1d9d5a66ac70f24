/**
 * One-to-one span matching per the README: a prediction matches a gold toponym when their
 * spans overlap; each side is used at most once, and longer overlaps are assigned first, so a
 * prediction straddling two names goes to the one it covers most.
 */

export interface Span {
  start: number;
  end: number;
}

export interface SpanMatch {
  /** Index into the gold list. */
  gold: number;
  /** Index into the predicted list. */
  pred: number;
  overlap: number;
}

/** Length of the intersection of two end-exclusive spans (0 when they only touch). */
export function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Greedy longest-overlap-first assignment. Ties are broken by text position (earlier gold first,
 * then earlier prediction), so the result does not depend on the order mentions.json lists them.
 */
export function matchSpans(gold: readonly Span[], pred: readonly Span[]): SpanMatch[] {
  const candidates: SpanMatch[] = [];
  gold.forEach((g, gi) => {
    pred.forEach((p, pi) => {
      const overlap = overlapLength(g, p);
      if (overlap > 0) candidates.push({ gold: gi, pred: pi, overlap });
    });
  });
  candidates.sort((a, b) => {
    const ga = gold[a.gold];
    const gb = gold[b.gold];
    const pa = pred[a.pred];
    const pb = pred[b.pred];
    if (!ga || !gb || !pa || !pb) return 0;
    return (
      b.overlap - a.overlap ||
      ga.start - gb.start ||
      pa.start - pb.start ||
      a.gold - b.gold ||
      a.pred - b.pred
    );
  });
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const matches: SpanMatch[] = [];
  for (const c of candidates) {
    if (usedGold.has(c.gold) || usedPred.has(c.pred)) continue;
    usedGold.add(c.gold);
    usedPred.add(c.pred);
    matches.push(c);
  }
  return matches.sort((a, b) => a.gold - b.gold);
}
