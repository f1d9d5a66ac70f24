import { DATA_FILES, type Article, type Mention } from "../shared/types.ts";
import type { GazetteerEntry, GazetteerIssue } from "./gazetteer/entry.ts";
import { loadGazetteer } from "./gazetteer/load-gazetteer.ts";
import { fillUnresolved } from "./geocode/fill-unresolved.ts";
import type { Geocoder } from "./geocode/nominatim.ts";
import { loadEventAnchors } from "./dates/event-anchors.ts";
import { geoparseArticle } from "./geoparse-article.ts";
import {
  readCorpus,
  type CorpusCounts,
  type DuplicateArticle,
  type SkippedFile,
} from "./ingest/read-corpus.ts";
import { outputReplacesInput } from "./ingest/guard.ts";
import { placesCollection, serialise } from "./output/emit.ts";
import { writeFolderAtomically } from "./output/write-atomic.ts";

export interface BuildOptions {
  input: string;
  out: string;
  /** User gazetteer files, later ones taking precedence. */
  gazetteers?: string[];
  /** Project root holding data/ (defaults to the working directory). */
  root?: string;
  /** Optional online geocoder for names no gazetteer places (off unless given). */
  geocoder?: Geocoder;
}

export interface BuildReport {
  articles: number;
  mentions: number;
  places: number;
  unresolved: Array<{ article: string; text: string }>;
  skipped: SkippedFile[];
  /** Articles left out because an earlier one has the same text. */
  duplicates: DuplicateArticle[];
  /** Input problems that did not stop anything being read. */
  warnings: SkippedFile[];
  corpusCounts: CorpusCounts;
  gazetteerIssues: GazetteerIssue[];
  gazetteerSize: number;
}

export async function buildData(options: BuildOptions): Promise<BuildReport> {
  // Replacing the output folder must never take the user's input with it.
  const clash = outputReplacesInput(options.input, options.out);
  if (clash) throw new Error(clash);
  const root = options.root ?? process.cwd();
  const { index, issues } = loadGazetteer(root, options.gazetteers ?? []);
  const events = loadEventAnchors(root);
  issues.push(...events.issues);
  const corpus = readCorpus(options.input);
  const articles: Article[] = [];
  const mentions: Mention[] = [];
  const used = new Map<string, GazetteerEntry>();
  for (const source of corpus.articles) {
    const result = geoparseArticle(source, index, events.anchors);
    articles.push(result.article);
    mentions.push(...result.mentions);
    for (const e of result.used) used.set(e.id, e);
  }
  if (options.geocoder)
    for (const e of await fillUnresolved(mentions, options.geocoder)) used.set(e.id, e);
  const places = placesCollection(mentions, used);
  const files = serialise({ articles, mentions, places });
  if (articles.length > 0) {
    writeFolderAtomically(options.out, {
      [DATA_FILES.articles]: files.articles,
      [DATA_FILES.mentions]: files.mentions,
      [DATA_FILES.places]: files.places,
    });
  }
  return {
    articles: articles.length,
    mentions: mentions.length,
    places: places.features.length,
    unresolved: mentions
      .filter((m) => m.place === null)
      .map((m) => ({ article: m.article, text: m.text })),
    skipped: corpus.skipped,
    duplicates: corpus.duplicates,
    warnings: corpus.warnings,
    corpusCounts: corpus.counts,
    gazetteerIssues: issues,
    gazetteerSize: index.size,
  };
}
