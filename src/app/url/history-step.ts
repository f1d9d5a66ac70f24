import type { HistoryIntent } from "../store/history-intent";

/** What to do with the browser history for one store change. */
export interface HistoryStep {
  write: "push" | "replace" | "replace-later" | "none";
  /** Whether a drag has its own history entry that later previews should overwrite. */
  dragEntryOpen: boolean;
}

/**
 * Decides how a store change reaches the history, so that a drag makes exactly one entry:
 * its first preview pushes, later previews replace (debounced by the caller), the release
 * replaces once more. Discrete changes push; changes from the URL itself write nothing.
 */
export function historyStep(
  intent: HistoryIntent,
  dragEntryOpen: boolean,
  search: string,
  currentSearch: string,
): HistoryStep {
  if (intent === "none") return { write: "none", dragEntryOpen };
  if (intent === "preview") {
    if (dragEntryOpen) return { write: "replace-later", dragEntryOpen: true };
    if (search === currentSearch) return { write: "none", dragEntryOpen: false };
    return { write: "push", dragEntryOpen: true };
  }
  if (intent === "commit" && dragEntryOpen) return { write: "replace", dragEntryOpen: false };
  return { write: search === currentSearch ? "none" : "push", dragEntryOpen: false };
}
