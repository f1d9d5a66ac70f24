import path from "node:path";
import { decodeText } from "./decode.ts";
import { readHtmlArticle } from "./read-html.ts";
import { readJson, readJsonl } from "./read-json.ts";
import { readTextArticle } from "./read-text.ts";
import { type FileResult, MAX_FILE_BYTES, type SkippedFile, type SourceArticle } from "./types.ts";

/** Extensions read as articles; anything else in the folder is ignored. */
export const ARTICLE_EXTENSIONS = new Set([".txt", ".md", ".html", ".htm", ".json", ".jsonl"]);

const ext = (file: string) => path.extname(file).toLowerCase();

/** Read a one-article file (.txt, .md, .html) into an article, or say why it can't be one. */
export function readArticle(
  file: string,
  bytes: Uint8Array,
  maxBytes = MAX_FILE_BYTES,
): SourceArticle | SkippedFile {
  const text = decodeText(file, bytes, maxBytes);
  if (typeof text !== "string") return text;
  const e = ext(file);
  return e === ".html" || e === ".htm" ? readHtmlArticle(file, text) : readTextArticle(file, text);
}

/** Read any supported file: one article for text and HTML, any number for JSON formats. */
export function readFile(file: string, bytes: Uint8Array, maxBytes = MAX_FILE_BYTES): FileResult {
  const e = ext(file);
  if (e !== ".json" && e !== ".jsonl") {
    const r = readArticle(file, bytes, maxBytes);
    return "reason" in r
      ? { articles: [], skipped: [r], warnings: [] }
      : { articles: [r], skipped: [], warnings: [] };
  }
  const text = decodeText(file, bytes, maxBytes);
  if (typeof text !== "string") return { articles: [], skipped: [text], warnings: [] };
  return e === ".json" ? readJson(file, text) : readJsonl(file, text);
}
