import { dayOf, titleOf } from "./decode.ts";
import type { ArticleMeta } from "./front-matter.ts";
import type { SkippedFile, SourceArticle } from "./types.ts";

/** Where an object sits: its file, its 1-based position, the line it starts on. */
export interface RecordPlace {
  file: string;
  stem: string;
  n: number;
  line: number;
  /** How to name the record in messages ("item 3"), or "" when the line says enough. */
  label: string;
}

type Problem = Pick<SkippedFile, "kind" | "reason">;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function idOf(v: unknown, place: RecordPlace): string | Problem {
  if (v === undefined || v === null) return `${place.stem}-${place.n}`;
  if (typeof v === "string" && v.trim() !== "") return v.trim();
  // Exported spreadsheets turn ids into numbers; an integer still names one article.
  if (typeof v === "number" && Number.isSafeInteger(v)) return String(v);
  return { kind: "invalid-article", reason: `"id" must be a non-empty string` };
}

/**
 * One article object `{id, title, text, published?, source?, url?}` into a SourceArticle, or the
 * reason it cannot be one. Optional fields of the wrong type are dropped with a warning rather
 * than losing the article.
 */
export function recordToArticle(
  value: unknown,
  place: RecordPlace,
  warnings: SkippedFile[],
): SourceArticle | SkippedFile {
  const where = { file: place.file, line: place.line };
  const prefix = place.label ? `${place.label}: ` : "";
  const problem = (p: Problem): SkippedFile => ({
    ...where,
    kind: p.kind,
    reason: prefix + p.reason,
  });
  if (!isObject(value))
    return problem({ kind: "invalid-article", reason: "not an article object {id, title, text}" });
  const { text } = value;
  if (text === undefined || text === null)
    return problem({ kind: "invalid-article", reason: `"text" is missing` });
  if (typeof text !== "string")
    return problem({ kind: "invalid-article", reason: `"text" must be a string` });
  if (text.trim() === "") return problem({ kind: "empty", reason: `"text" is empty` });
  const id = idOf(value.id, place);
  if (typeof id !== "string") return problem(id);
  const meta: ArticleMeta = {};
  const { published } = value;
  if (published !== undefined && published !== null) {
    const day = typeof published === "string" ? dayOf(published) : null;
    if (day === null)
      return problem({
        kind: "bad-date",
        reason: `"published" ${JSON.stringify(published).slice(0, 40)} is not a real YYYY-MM-DD day`,
      });
    meta.date = day;
  }
  for (const key of ["title", "source", "url"] as const) {
    const v = value[key];
    if (typeof v === "string" && v.trim() !== "") meta[key] = v.trim();
    else if (v !== undefined && v !== null && typeof v !== "string")
      warnings.push({
        ...where,
        kind: "invalid-article",
        reason: `${prefix}"${key}" is not a string; ignored`,
      });
  }
  const title = meta.title ?? titleOf(text);
  return { id, file: place.file, line: place.line, text, bodyStart: 0, title, meta };
}
