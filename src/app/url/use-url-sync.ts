import { useEffect } from "react";
import { useAtlasStore, type AtlasState } from "../store";
import { historyStep } from "./history-step";
import { knownValuesOf, urlStateOf } from "./store-url";
import { parseUrlState, toSearch } from "./url-state";

/** Drag previews settle into the URL this long after the last move. */
const PREVIEW_DEBOUNCE_MS = 200;

function writeHistory(mode: "push" | "replace", search: string) {
  const { pathname, hash } = window.location;
  const url = `${pathname}${search}${hash}`;
  if (mode === "push") window.history.pushState({ atlas: true }, "", url);
  else window.history.replaceState(window.history.state, "", url);
}

/** Problems in the opening link are reported once, even if React mounts effects twice. */
let openingLinkReported = false;

/** Applies the current URL to the store; problems become notices only for the opening link. */
function restoreFromLocation(isOpeningLink: boolean) {
  const store = useAtlasStore.getState();
  const { state, problems } = parseUrlState(window.location.search, knownValuesOf(store));
  store.applyUrlState(state);
  if (isOpeningLink && !openingLinkReported) store.addNotices(problems);
  openingLinkReported ||= isOpeningLink;
  // Rewrite the link without the ignored values so sharing it does not repeat the notice.
  const canonical = toSearch(urlStateOf(useAtlasStore.getState()));
  if (canonical !== window.location.search) writeHistory("replace", canonical);
}

/**
 * Two-way sync between the store and the query string. Each store change carries a history
 * intent; `historyStep` turns it into push / replace / nothing (see there). Back and forward
 * restore the store with intent "none", so they never write history themselves.
 */
export function useUrlSync(): void {
  const status = useAtlasStore((s) => s.status);

  useEffect(() => {
    if (status !== "ready") return;
    restoreFromLocation(true);

    let dragEntryOpen = false;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const onChange = (state: AtlasState) => {
      const search = toSearch(urlStateOf(state));
      const step = historyStep(state.historyIntent, dragEntryOpen, search, window.location.search);
      dragEntryOpen = step.dragEntryOpen;
      if (step.write === "none") return;
      clearTimeout(timer);
      if (step.write === "replace-later") {
        timer = setTimeout(() => writeHistory("replace", search), PREVIEW_DEBOUNCE_MS);
      } else {
        writeHistory(step.write, search);
      }
    };
    const unsubscribe = useAtlasStore.subscribe(onChange);
    const onPopState = () => {
      clearTimeout(timer);
      dragEntryOpen = false;
      restoreFromLocation(false);
    };
    window.addEventListener("popstate", onPopState);
    return () => {
      clearTimeout(timer);
      unsubscribe();
      window.removeEventListener("popstate", onPopState);
    };
  }, [status]);
}
