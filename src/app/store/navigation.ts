import type { StateCreator } from "zustand";
import { dayExtent, normalizeRange } from "../data/day-extent";
import type { UrlState } from "../url/url-state";
import type { HistoryIntent } from "./history-intent";
import type { AtlasState } from "./index";

export interface NavigationState {
  historyIntent: HistoryIntent;
  /** Restores the view a link or a history entry describes, without writing history again. */
  applyUrlState: (url: UrlState) => void;
}

export const createNavigationSlice: StateCreator<AtlasState, [], [], NavigationState> = (
  set,
  get,
) => ({
  historyIntent: "none",
  applyUrlState: (url) => {
    const { dataset, focusedMention, openArticleId } = get();
    const dateBasis = url.dates ?? "event";
    const extent = dayExtent(dataset, dateBasis);
    const range =
      (url.from ?? url.to) !== undefined && extent !== null
        ? { from: url.from ?? extent.from, to: url.to ?? extent.to }
        : null;
    const article = url.article ?? null;
    set({
      dateBasis,
      range: normalizeRange(range, extent),
      selectedPlaceId: url.place ?? null,
      openArticleId: article,
      // Keep the scroll target when the same article stays open (e.g. a range-only change).
      focusedMention: article !== null && article === openArticleId ? focusedMention : null,
      historyIntent: "none",
    });
  },
});
