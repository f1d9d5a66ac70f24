import type { AtlasState } from "../store";
import type { KnownValues, UrlState } from "./url-state";
import { dayExtent } from "../data/day-extent";

/** The subset of the store that a link carries. */
export function urlStateOf(state: AtlasState): UrlState {
  const url: UrlState = {};
  if (state.range !== null) {
    const extent = dayExtent(state.dataset, state.dateBasis);
    // Only the bound that differs from the data's edge is written, keeping links short.
    if (extent === null || state.range.from > extent.from) url.from = state.range.from;
    if (extent === null || state.range.to < extent.to) url.to = state.range.to;
  }
  if (state.dateBasis !== "event") url.dates = state.dateBasis;
  if (state.selectedPlaceId !== null) url.place = state.selectedPlaceId;
  if (state.openArticleId !== null) url.article = state.openArticleId;
  return url;
}

/** Ids and the widest day extent of the loaded data (either basis), for vetting links. */
export function knownValuesOf(state: AtlasState): KnownValues {
  const { dataset } = state;
  const extents = [dayExtent(dataset, "event"), dayExtent(dataset, "published")].filter(
    (e) => e !== null,
  );
  const dayRange =
    extents.length === 0
      ? null
      : {
          from: extents.reduce((min, e) => (e.from < min ? e.from : min), extents[0]?.from ?? ""),
          to: extents.reduce((max, e) => (e.to > max ? e.to : max), extents[0]?.to ?? ""),
        };
  return {
    placeIds: new Set(dataset.placeById.keys()),
    articleIds: new Set(dataset.articleById.keys()),
    dayRange,
  };
}
