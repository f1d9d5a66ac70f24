import type { Corpus, CorpusCounts, SkipKind } from "./types.ts";

/** How each kind of skip reads in the one-line summary, in the order they are listed. */
const LABELS: Record<SkipKind, string> = {
  empty: "empty",
  binary: "binary",
  "invalid-utf8": "not valid UTF-8",
  "too-large": "over the size limit",
  unreadable: "unreadable",
  "front-matter": "malformed front matter",
  json: "malformed JSON",
  "invalid-article": "not an article",
  "bad-date": "impossible date",
  "duplicate-id": "duplicate id",
  metadata: "bad metadata row",
};

export function countCorpus(corpus: Omit<Corpus, "counts">, ignored: number, subfolders: number) {
  const skipped: Partial<Record<SkipKind, number>> = {};
  for (const s of corpus.skipped) skipped[s.kind] = (skipped[s.kind] ?? 0) + 1;
  const counts: CorpusCounts = {
    files: new Set(corpus.articles.map((a) => a.file)).size,
    articles: corpus.articles.length,
    skipped,
    duplicates: corpus.duplicates.length,
    warnings: corpus.warnings.length,
    ignored,
    subfolders,
  };
  return counts;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "Read 7 article(s) from 6 file(s); skipped 3: 2 empty, 1 not valid UTF-8; 1 duplicate(s)". */
export function formatSummary(c: CorpusCounts): string {
  const parts = [`Read ${c.articles} article(s) from ${c.files} file(s)`];
  const kinds = (Object.keys(LABELS) as SkipKind[]).filter((k) => (c.skipped[k] ?? 0) > 0);
  const total = kinds.reduce((n, k) => n + (c.skipped[k] ?? 0), 0);
  parts.push(
    total === 0
      ? "skipped 0"
      : `skipped ${total}: ${kinds.map((k) => `${c.skipped[k]} ${LABELS[k]}`).join(", ")}`,
  );
  if (c.duplicates > 0) parts.push(`${c.duplicates} duplicate(s) left out`);
  if (c.warnings > 0) parts.push(`${c.warnings} warning(s)`);
  if (c.ignored > 0) parts.push(`${c.ignored} other file(s) ignored`);
  if (c.subfolders > 0) parts.push(`${plural(c.subfolders, "subfolder")} not read`);
  return parts.join("; ");
}
