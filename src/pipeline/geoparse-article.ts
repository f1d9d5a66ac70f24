import type { Article, Mention } from "../shared/types.ts";
import type { EventAnchor } from "./dates/event-anchors.ts";
import { eventDateOf, readDates, SentenceDates } from "./dates/event-date.ts";
import { namedPlacesOf } from "./dates/named-places.ts";
import { inferPublished } from "./dates/published-date.ts";
import type { GazetteerEntry } from "./gazetteer/entry.ts";
import type { GazetteerIndex } from "./gazetteer/gazetteer-index.ts";
import type { SourceArticle } from "./ingest/read-corpus.ts";
import { englishWords } from "./recognize/english-words.ts";
import { recognize } from "./recognize/recognize.ts";
import { resolveNames } from "./resolve/resolve.ts";

/** Geoparse one article: its record and its mentions. Pure given the index. */
export function geoparseArticle(
  source: SourceArticle,
  index: GazetteerIndex,
  events: readonly EventAnchor[] = [],
): { article: Article; mentions: Mention[]; used: GazetteerEntry[] } {
  // Metadata lines are blanked, not cut, so offsets still index the text as read.
  const body = " ".repeat(source.bodyStart) + source.text.slice(source.bodyStart);
  const dated = readDates(body);
  const resolutions = resolveNames(body, recognize(body, index, englishWords()));
  const places = {
    named: namedPlacesOf(index),
    at: resolutions.flatMap((r) => (r.entry ? [{ start: r.start, id: r.entry.id }] : [])),
  };
  const inferred = source.meta.date ? null : inferPublished(body, events, dated, places);
  const published = source.meta.date ?? inferred?.published ?? null;
  const article: Article = {
    id: source.id,
    title: source.title,
    published,
    published_basis: source.meta.date ? "given in the article's metadata" : inferred!.basis,
    text: source.text,
    ...(source.meta.source ? { source: source.meta.source } : {}),
    ...(source.meta.url ? { url: source.meta.url } : {}),
  };
  const dates = new SentenceDates(dated.sentences, dated.refs);
  const mentions: Mention[] = resolutions.map((r) => {
    const when = eventDateOf(r, dates, published);
    return {
      article: source.id,
      start: r.start,
      end: r.end,
      text: r.text,
      place: r.entry?.id ?? null,
      date: when.date,
      date_basis: when.basis,
      confidence: r.confidence,
      candidates: r.runnersUp,
    };
  });
  return { article, mentions, used: resolutions.flatMap((r) => (r.entry ? [r.entry] : [])) };
}
