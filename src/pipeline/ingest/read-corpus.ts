import { decodeText } from "./decode.ts";
import { dropDuplicateIds, dropDuplicateTexts } from "./duplicates.ts";
import { listFolder, readBytes } from "./folder.ts";
import { readFile } from "./read-file.ts";
import { applySidecar, parseSidecar } from "./sidecar.ts";
import { countCorpus } from "./summary.ts";
import { type Corpus, MAX_FILE_BYTES, type ReadOptions, type SourceArticle } from "./types.ts";

export type {
  Corpus,
  CorpusCounts,
  DuplicateArticle,
  ReadOptions,
  SkipKind,
  SkippedFile,
  SourceArticle,
} from "./types.ts";
export { MAX_FILE_BYTES } from "./types.ts";
export { readArticle, readFile } from "./read-file.ts";
export { titleOf } from "./decode.ts";

/**
 * Read every article in a folder the user did not clean. Nothing here throws for bad input and
 * nothing is written: each problem becomes a skip (file, line, reason) and the rest is read.
 */
export function readCorpus(dir: string, options: ReadOptions = {}): Corpus {
  const maxBytes = options.maxFileBytes ?? MAX_FILE_BYTES;
  const listing = listFolder(dir);
  const skipped = [...listing.skipped];
  const warnings: Corpus["warnings"] = [];
  let articles: SourceArticle[] = [];
  for (const file of listing.files) {
    const bytes = readBytes(file, maxBytes);
    if ("reason" in bytes) {
      skipped.push(bytes);
      continue;
    }
    const result = readFile(file, bytes, maxBytes);
    articles.push(...result.articles);
    skipped.push(...result.skipped);
    warnings.push(...result.warnings);
  }
  articles = dropDuplicateIds(articles, skipped);
  if (listing.sidecar) {
    const file = listing.sidecar;
    const bytes = readBytes(file, maxBytes);
    const text = "reason" in bytes ? bytes : decodeText(file, bytes, maxBytes);
    if (typeof text !== "string") skipped.push(text);
    else {
      const sidecar = parseSidecar(file, text);
      applySidecar(articles, sidecar, file);
      skipped.push(...sidecar.skipped);
      warnings.push(...sidecar.warnings);
    }
  }
  const duplicates: Corpus["duplicates"] = [];
  articles = dropDuplicateTexts(articles, duplicates);
  const corpus = { articles, skipped, duplicates, warnings };
  return { ...corpus, counts: countCorpus(corpus, listing.ignored, listing.subfolders) };
}
