import type { ArticleMeta } from "./front-matter.ts";

/** An article as read from disk, before any geoparsing. */
export interface SourceArticle {
  id: string;
  file: string;
  /**
   * The article text: the file content exactly as read for .txt/.md, the extracted text for
   * .html, the `text` field for .json/.jsonl. Every mention offset indexes into it.
   */
  text: string;
  /** Where the body starts (after front matter), so metadata is never geoparsed. */
  bodyStart: number;
  title: string;
  meta: ArticleMeta;
  /** Line the article starts on, for files holding several (JSON arrays, JSON Lines). */
  line?: number;
}

/**
 * Why something in the input was not used. Kinds are few and fixed so the summary can count
 * them; the `reason` is the human message.
 */
export type SkipKind =
  | "empty"
  | "binary"
  | "invalid-utf8"
  | "too-large"
  | "unreadable"
  | "front-matter"
  | "json"
  | "invalid-article"
  | "bad-date"
  | "duplicate-id"
  | "metadata";

export interface SkippedFile {
  file: string;
  /** 1-based line, where the problem has one. */
  line?: number;
  reason: string;
  kind: SkipKind;
}

/** An article whose text repeats an earlier one: left out so its mentions count once. */
export interface DuplicateArticle {
  file: string;
  id: string;
  /** Id of the article kept. */
  duplicateOf: string;
}

export interface CorpusCounts {
  /** Files that gave at least one article. */
  files: number;
  articles: number;
  skipped: Partial<Record<SkipKind, number>>;
  duplicates: number;
  warnings: number;
  /** Hidden files and unsupported extensions. */
  ignored: number;
  subfolders: number;
}

export interface Corpus {
  articles: SourceArticle[];
  skipped: SkippedFile[];
  duplicates: DuplicateArticle[];
  /** Problems that did not stop anything being read (e.g. metadata rows for unknown ids). */
  warnings: SkippedFile[];
  counts: CorpusCounts;
}

/** What reading one file gives: zero or more articles and the problems met on the way. */
export interface FileResult {
  articles: SourceArticle[];
  skipped: SkippedFile[];
  warnings: SkippedFile[];
}

export interface ReadOptions {
  /** Files larger than this are skipped unread (default MAX_FILE_BYTES). */
  maxFileBytes?: number;
}

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
