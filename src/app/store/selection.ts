import type { StateCreator } from "zustand";
import type { AtlasState } from "./index";

/** A request for the map to move to a place; `seq` makes repeated requests distinct. */
export interface FlyRequest {
  placeId: string;
  seq: number;
}

export interface SelectOptions {
  /** Move the camera to the place (from lists and the article; not from a map click). */
  fly?: boolean;
  /** Keep the article reader open (clicking a name inside it). */
  keepArticle?: boolean;
}

export interface SelectionState {
  selectedPlaceId: string | null;
  openArticleId: string | null;
  /** Index into dataset.mentions of the mention to scroll into view in the reader. */
  focusedMention: number | null;
  flyRequest: FlyRequest | null;
  selectPlace: (placeId: string | null, options?: SelectOptions) => void;
  openArticle: (articleId: string, mentionIndex: number | null) => void;
  closeArticle: () => void;
}

export const createSelectionSlice: StateCreator<AtlasState, [], [], SelectionState> = (
  set,
  get,
) => ({
  selectedPlaceId: null,
  openArticleId: null,
  focusedMention: null,
  flyRequest: null,
  selectPlace: (placeId, options = {}) => {
    const { openArticleId, focusedMention, flyRequest } = get();
    const keep = options.keepArticle === true;
    set({
      selectedPlaceId: placeId,
      // An article belongs to the excerpt list it was opened from, so a new place closes it.
      openArticleId: keep ? openArticleId : null,
      focusedMention: keep ? focusedMention : null,
      flyRequest:
        options.fly && placeId !== null ? { placeId, seq: (flyRequest?.seq ?? 0) + 1 } : flyRequest,
      historyIntent: "push",
    });
  },
  openArticle: (articleId, mentionIndex) =>
    set({ openArticleId: articleId, focusedMention: mentionIndex, historyIntent: "push" }),
  closeArticle: () => set({ openArticleId: null, focusedMention: null, historyIntent: "push" }),
});
