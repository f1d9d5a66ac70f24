/** Human-readable text report: per-article and overall tables, then the itemised misses. */
import type { Figures, Ratio } from "./figures.ts";
import type { EvalResult } from "./score.ts";

const fmtRatio = (r: Ratio): string =>
  `${r.value === null ? "  —  " : r.value.toFixed(3)} (${r.hit}/${r.n})`;
const fmtNum = (v: number | null, digits: number): string => (v === null ? "—" : v.toFixed(digits));

/** Left-aligns the first column and right-aligns the rest, sized to the widest cell. */
function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)];
}

function figureCells(f: Figures): string[] {
  return [
    fmtRatio(f.precision),
    fmtRatio(f.recall),
    fmtNum(f.f1, 3),
    fmtRatio(f.acc161),
    fmtRatio(f.acc25),
    `${fmtNum(f.medianKm, 1)} / ${fmtNum(f.meanKm, 1)} (n=${f.distanceN})`,
    fmtRatio(f.dateExact),
    fmtRatio(f.dateWithin7),
  ];
}

const at = (m: { article: string; start: number; end: number; text: string }): string =>
  `${m.article} @${m.start}-${m.end} "${m.text}"`;

function section<T>(title: string, items: readonly T[], show: (item: T) => string): string[] {
  return ["", `${title} (${items.length})`, ...items.map((i) => `  ${show(i)}`)];
}

export function formatReport(result: EvalResult): string {
  const header = ["article", "precision", "recall", "F1", "acc@161km", "acc@25km settl."];
  header.push("median / mean km", "date exact", "date ±7d");
  const rows = result.articles.map((a) => [a.present ? a.id : `${a.id} (MISSING)`]);
  result.articles.forEach((a, i) => rows[i]?.push(...figureCells(a.figures)));
  rows.push(["OVERALL", ...figureCells(result.overall)]);
  const m = result.misses;
  const lines = [
    "Geoparsing evaluation (rules: /work/shared/eval/README.md)",
    "",
    ...table(header, rows),
    ...section("Warnings", result.warnings, (w) => w),
    ...section("Missing articles", m.missing_articles, (id) => id),
    ...section("Missed required names", m.missed, (x) => `${at(x)} → gold ${x.gold_place}`),
    ...section(
      "Unresolved matched names (miss at every threshold)",
      m.unresolved,
      (x) => `${at(x)} predicted ${x.predicted_place ?? "null"} → gold ${x.gold_place}`,
    ),
    ...section(
      "Placements more than 25 km off",
      [...m.far].sort((a, b) => b.distance_km - a.distance_km),
      (x) =>
        `${at(x)} predicted ${x.predicted_place}, gold ${x.gold_place} (${x.gold_kind}): ${x.distance_km.toFixed(1)} km`,
    ),
    ...section(
      "False positives (no overlapping gold toponym)",
      m.false_positives,
      (x) => `${at(x)} → ${x.predicted_place ?? "null"}`,
    ),
    ...section(
      "Wrong dates",
      m.wrong_dates,
      (x) =>
        `${x.article}: predicted ${x.predicted ?? "null"} vs gold ${x.gold} (${x.gold_precision}` +
        `${x.diff_days === null ? "" : `, ${x.diff_days > 0 ? "+" : ""}${x.diff_days} d`}` +
        `${x.within7 ? ", within 7 d" : ""}); basis: ${x.predicted_basis}`,
    ),
  ];
  return lines.join("\n");
}
