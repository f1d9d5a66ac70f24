import type { DateBasis, IsoDay } from "../../shared/types";
import { parseIsoDay } from "../data/days";
import type { DayRange } from "../data/days";

/**
 * The app state a link carries: `?from=&to=&dates=&place=&article=`. The map camera is not
 * here; MapLibre owns it in the hash (`#map=zoom/lat/lng`). Absent fields mean "default".
 */
export interface UrlState {
  from?: IsoDay;
  to?: IsoDay;
  dates?: DateBasis;
  place?: string;
  article?: string;
}

/** What the data allows, so a link naming things that do not exist can be refused. */
export interface KnownValues {
  placeIds: ReadonlySet<string>;
  articleIds: ReadonlySet<string>;
  /** Extent of the data; a range entirely outside it is refused, one equal to it dropped. */
  dayRange: DayRange | null;
}

export interface ParsedUrlState {
  state: UrlState;
  /** One human-readable sentence per ignored value, e.g. "Ignored unknown place 'x' in the link". */
  problems: string[];
}

const KNOWN_PARAMS = ["from", "to", "dates", "place", "article"] as const;

/** Hostile values are shown to the user as text; keep them short so a notice stays readable. */
export function quoteForNotice(value: string): string {
  const clipped = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return `'${clipped}'`;
}

function parseDay(params: URLSearchParams, key: "from" | "to", problems: string[]) {
  const raw = params.get(key);
  if (raw === null || raw === "") return undefined;
  if (parseIsoDay(raw) === null) {
    problems.push(`Ignored invalid date ${quoteForNotice(raw)} for '${key}' in the link`);
    return undefined;
  }
  return raw;
}

function parseRange(params: URLSearchParams, known: KnownValues, problems: string[]) {
  let from = parseDay(params, "from", problems);
  let to = parseDay(params, "to", problems);
  if (from !== undefined && to !== undefined && from > to) {
    problems.push(`Ignored date range in the link: 'from' ${from} is after 'to' ${to}`);
    return {};
  }
  const extent = known.dayRange;
  if (extent !== null) {
    if ((from !== undefined && from > extent.to) || (to !== undefined && to < extent.from)) {
      problems.push(
        `Ignored date range in the link: no data between ${from ?? "…"} and ${to ?? "…"}`,
      );
      return {};
    }
    // Bounds at or beyond the data's own edges are the default; dropping them keeps links short.
    if (from !== undefined && from <= extent.from) from = undefined;
    if (to !== undefined && to >= extent.to) to = undefined;
  }
  return { from, to };
}

function parseId(
  params: URLSearchParams,
  key: "place" | "article",
  ids: ReadonlySet<string>,
  problems: string[],
): string | undefined {
  const raw = params.get(key);
  if (raw === null || raw === "") return undefined;
  if (ids.has(raw)) return raw;
  problems.push(`Ignored unknown ${key} ${quoteForNotice(raw)} in the link`);
  return undefined;
}

export function parseUrlState(search: string, known: KnownValues): ParsedUrlState {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const state: UrlState = {};

  const { from, to } = parseRange(params, known, problems);
  if (from !== undefined) state.from = from;
  if (to !== undefined) state.to = to;

  const dates = params.get("dates");
  if (dates === "published") state.dates = "published";
  else if (dates !== null && dates !== "event") {
    problems.push(`Ignored unknown date basis ${quoteForNotice(dates)} in the link`);
  }

  const place = parseId(params, "place", known.placeIds, problems);
  if (place !== undefined) state.place = place;
  const article = parseId(params, "article", known.articleIds, problems);
  if (article !== undefined) state.article = article;

  for (const key of new Set(params.keys())) {
    if (!(KNOWN_PARAMS as readonly string[]).includes(key)) {
      problems.push(`Ignored unknown parameter ${quoteForNotice(key)} in the link`);
    }
  }
  return { state, problems };
}

/** Serialises in a fixed order and omits defaults, so equal views give byte-equal links. */
export function toSearch(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.from !== undefined) params.set("from", state.from);
  if (state.to !== undefined) params.set("to", state.to);
  if (state.dates !== undefined && state.dates !== "event") params.set("dates", state.dates);
  if (state.place !== undefined) params.set("place", state.place);
  if (state.article !== undefined) params.set("article", state.article);
  const query = params.toString();
  return query === "" ? "" : `?${query}`;
}
