import { dayOf, lineAt, stemOf, titleOf } from "./decode.ts";
import { extractHtml } from "./html-extract.ts";
import type { ArticleMeta } from "./front-matter.ts";
import type { SkippedFile, SourceArticle } from "./types.ts";

/**
 * A saved web page: the article is the page's readable text (mentions index into that, not into
 * the markup); title and publication date come from the page's own metadata when it has them.
 */
export function readHtmlArticle(file: string, html: string): SourceArticle | SkippedFile {
  const page = extractHtml(html);
  if (page.text === "")
    return { file, kind: "empty", reason: "no readable article text in the HTML" };
  const meta: ArticleMeta = {};
  if (page.title) meta.title = page.title;
  if (page.date) {
    const day = dayOf(page.date.value);
    if (day === null)
      return {
        file,
        line: lineAt(html, page.date.offset),
        kind: "bad-date",
        reason: `publication date "${page.date.value.slice(0, 40)}" is not a real YYYY-MM-DD day`,
      };
    meta.date = day;
  }
  return {
    id: stemOf(file),
    file,
    text: page.text,
    bodyStart: 0,
    title: page.title ?? titleOf(page.text),
    meta,
  };
}
