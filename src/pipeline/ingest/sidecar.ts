import { parseCsv } from "../gazetteer/parse-csv.ts";
import { dayOf } from "./decode.ts";
import type { ArticleMeta } from "./front-matter.ts";
import type { SkippedFile, SourceArticle } from "./types.ts";

/** The sidecar's file name: metadata for articles whose own files carry none. */
export const SIDECAR_NAME = "metadata.csv";

export interface SidecarRow {
  line: number;
  meta: ArticleMeta;
}

export interface Sidecar {
  rows: Map<string, SidecarRow>;
  skipped: SkippedFile[];
  warnings: SkippedFile[];
}

/** Header names accepted for each field; `published` is what the JSON formats call the date. */
const COLUMNS: Record<keyof ArticleMeta, string[]> = {
  title: ["title"],
  date: ["date", "published"],
  source: ["source"],
  url: ["url"],
};

/** Read `metadata.csv`: a header with `id` and any of title, date/published, source, url. */
export function parseSidecar(file: string, text: string): Sidecar {
  const out: Sidecar = { rows: new Map(), skipped: [], warnings: [] };
  const [header, ...rows] = parseCsv(text);
  const names = (header?.fields ?? []).map((f) => f.trim().toLowerCase());
  const idCol = names.indexOf("id");
  if (idCol < 0) {
    const reason = `${SIDECAR_NAME} has no "id" column in its header`;
    out.skipped.push({ file, line: header?.line ?? 1, kind: "metadata", reason });
    return out;
  }
  for (const row of rows) {
    const id = row.fields[idCol]?.trim() ?? "";
    const where = { file, line: row.line };
    if (id === "") {
      out.skipped.push({ ...where, kind: "metadata", reason: "row has no id; ignored" });
      continue;
    }
    const meta: ArticleMeta = {};
    for (const [key, aliases] of Object.entries(COLUMNS) as [keyof ArticleMeta, string[]][]) {
      const col = names.findIndex((n) => aliases.includes(n));
      const value = col >= 0 ? row.fields[col]?.trim() : undefined;
      if (value) meta[key] = value;
    }
    if (meta.date !== undefined) {
      const day = dayOf(meta.date);
      if (day === null) {
        const reason = `date "${meta.date}" for "${id}" is not a real YYYY-MM-DD day; row ignored`;
        out.skipped.push({ ...where, kind: "bad-date", reason });
        continue;
      }
      meta.date = day;
    }
    if (out.rows.has(id)) {
      const reason = `second row for id "${id}" (first on line ${out.rows.get(id)!.line}); ignored`;
      out.skipped.push({ ...where, kind: "metadata", reason });
      continue;
    }
    out.rows.set(id, { line: row.line, meta });
  }
  return out;
}

/** Sidecar values win over what was inferred; ids with no article are worth a warning. */
export function applySidecar(articles: SourceArticle[], sidecar: Sidecar, file: string) {
  const seen = new Set<string>();
  for (const a of articles) {
    const row = sidecar.rows.get(a.id);
    if (!row) continue;
    seen.add(a.id);
    a.meta = { ...a.meta, ...row.meta };
    if (row.meta.title) a.title = row.meta.title;
  }
  for (const [id, row] of sidecar.rows)
    if (!seen.has(id)) {
      const reason = `metadata for id "${id}" matches no article`;
      sidecar.warnings.push({ file, line: row.line, kind: "metadata", reason });
    }
}
