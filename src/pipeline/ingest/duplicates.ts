import type { DuplicateArticle, SkippedFile, SourceArticle } from "./types.ts";

const where = (a: SourceArticle) => (a.line ? `${a.file}:${a.line}` : a.file);

/**
 * Ids must be unique across the corpus (mentions and the app's URLs refer to them): the first
 * article, in sorted file order, keeps an id; later ones are skipped.
 */
export function dropDuplicateIds(articles: SourceArticle[], skipped: SkippedFile[]) {
  const first = new Map<string, SourceArticle>();
  return articles.filter((a) => {
    const earlier = first.get(a.id);
    if (!earlier) {
      first.set(a.id, a);
      return true;
    }
    skipped.push({
      file: a.file,
      ...(a.line ? { line: a.line } : {}),
      kind: "duplicate-id",
      reason: `duplicate article id "${a.id}" (already used by ${where(earlier)})`,
    });
    return false;
  });
}

/**
 * The body an article is compared by: line endings normalised and outer whitespace trimmed, so
 * the same story saved on Windows and on a Mac, or with and without front matter, is one story.
 */
const bodyKey = (a: SourceArticle) => a.text.slice(a.bodyStart).replace(/\r\n?/g, "\n").trim();

/** Keep the first of articles with the same text, so each mention is counted once. */
export function dropDuplicateTexts(articles: SourceArticle[], duplicates: DuplicateArticle[]) {
  const first = new Map<string, string>();
  return articles.filter((a) => {
    const key = bodyKey(a);
    const kept = first.get(key);
    if (kept === undefined) {
      first.set(key, a.id);
      return true;
    }
    duplicates.push({ file: a.file, id: a.id, duplicateOf: kept });
    return false;
  });
}
