import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { isValidIsoDay } from "../../shared/calendar.ts";
import { type ArticleMeta, parseFrontMatter } from "./front-matter.ts";

/** An article as read from disk, before any geoparsing. */
export interface SourceArticle {
  id: string;
  file: string;
  /** The file content exactly as read: offsets index into it. */
  text: string;
  /** Where the body starts (after front matter), so metadata is never geoparsed. */
  bodyStart: number;
  title: string;
  meta: ArticleMeta;
}

export interface SkippedFile {
  file: string;
  line?: number;
  reason: string;
}

export interface Corpus {
  articles: SourceArticle[];
  skipped: SkippedFile[];
}

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
const ARTICLE_EXTENSIONS = new Set([".txt", ".md"]);

/** Decode strictly: invalid UTF-8 is reported, never silently replaced. */
function decode(bytes: Buffer): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** First non-empty line of the body, trimmed: the title by convention. */
export function titleOf(text: string, bodyStart: number): string {
  const line = text
    .slice(bodyStart)
    .split(/\r?\n/)
    .find((l) => l.trim() !== "");
  return (line ?? "").trim().slice(0, 300);
}

/** Read one file into an article, or say why it can't be one. */
export function readArticle(file: string, bytes: Buffer): SourceArticle | SkippedFile {
  if (bytes.length === 0) return { file, reason: "file is empty" };
  if (bytes.length > MAX_FILE_BYTES)
    return { file, reason: `file is ${bytes.length} bytes, over the ${MAX_FILE_BYTES}-byte limit` };
  if (bytes.includes(0)) return { file, reason: "binary file (contains NUL bytes)" };
  const text = decode(bytes);
  if (text === null) return { file, reason: "not valid UTF-8" };
  if (text.trim() === "") return { file, reason: "file has only whitespace" };
  const fm = parseFrontMatter(text);
  if (fm && "error" in fm)
    return { file, line: fm.line, reason: `malformed front matter: ${fm.error}` };
  const meta = fm?.meta ?? {};
  if (meta.date !== undefined && !isValidIsoDay(meta.date)) {
    return {
      file,
      line: 1,
      reason: `front matter date "${meta.date}" is not a real YYYY-MM-DD day`,
    };
  }
  const bodyStart = fm?.length ?? 0;
  const id = path.basename(file).replace(/\.[^.]+$/, "");
  return { id, file, text, bodyStart, title: meta.title ?? titleOf(text, bodyStart), meta };
}

/** Read every article file in a folder (sorted by name, so output order is stable). */
export function readCorpus(dir: string): Corpus {
  const articles: SourceArticle[] = [];
  const skipped: SkippedFile[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (e) {
    return {
      articles,
      skipped: [{ file: dir, reason: `cannot read folder: ${(e as Error).message}` }],
    };
  }
  const ids = new Set<string>();
  for (const name of names) {
    const file = path.join(dir, name);
    if (!ARTICLE_EXTENSIONS.has(path.extname(name).toLowerCase())) continue;
    let bytes: Buffer;
    try {
      if (!statSync(file).isFile()) continue;
      bytes = readFileSync(file);
    } catch (e) {
      skipped.push({ file, reason: `cannot read file: ${(e as Error).message}` });
      continue;
    }
    const result = readArticle(file, bytes);
    if ("reason" in result) skipped.push(result);
    else if (ids.has(result.id))
      skipped.push({ file, reason: `duplicate article id "${result.id}"` });
    else {
      ids.add(result.id);
      articles.push(result);
    }
  }
  return { articles, skipped };
}
