import { dayOf, stemOf, titleOf } from "./decode.ts";
import { parseFrontMatter } from "./front-matter.ts";
import type { SkippedFile, SourceArticle } from "./types.ts";

/**
 * A .txt or .md article: the text is kept exactly as read (offsets index into it); a YAML-ish
 * front matter block, if any, gives metadata and is excluded from geoparsing via `bodyStart`.
 */
export function readTextArticle(file: string, text: string): SourceArticle | SkippedFile {
  const fm = parseFrontMatter(text);
  if (fm && "error" in fm)
    return {
      file,
      line: fm.line,
      kind: "front-matter",
      reason: `malformed front matter: ${fm.error}`,
    };
  const meta = { ...(fm?.meta ?? {}) };
  if (meta.date !== undefined) {
    const day = dayOf(meta.date);
    if (day === null)
      return {
        file,
        line: fm?.dateLine ?? 1,
        kind: "bad-date",
        reason: `front matter date "${meta.date}" is not a real YYYY-MM-DD day`,
      };
    meta.date = day;
  }
  const bodyStart = fm?.length ?? 0;
  if (text.slice(bodyStart).trim() === "")
    return { file, kind: "empty", reason: "no article text after the front matter" };
  const title = meta.title || titleOf(text, bodyStart);
  return { id: stemOf(file), file, text, bodyStart, title, meta };
}
