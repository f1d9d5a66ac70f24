import { readFileSync } from "node:fs";
import wordListPath from "word-list";

let cached: ReadonlySet<string> | null = null;

/**
 * English words (npm `word-list`, 274k lower-case words). A capitalised word that is also an
 * English word ("File", "Reading") is only taken for a far-away small place when nothing else
 * says so; Syrian and curated names never go through this check.
 */
export function englishWords(): ReadonlySet<string> {
  cached ??= new Set(readFileSync(wordListPath, "utf8").split("\n"));
  return cached;
}
