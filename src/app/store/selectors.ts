import { useMemo } from "react";
import type { DateBasis } from "../../shared/types";
import { dayExtent } from "../data/day-extent";
import type { Dataset } from "../data/dataset";
import type { DayRange } from "../data/days";
import { countByPlace, mentionsInRange, type VisibleMention } from "../data/visible-mentions";
import { useAtlasStore } from "./index";

/**
 * One shared result for every component that asks: the header, lists, tooltip and map all
 * read the same range, so while a handle is dragged the filter runs once per step, not once
 * per component. Inputs are immutable store values, so identity comparison is enough.
 */
let cached: { dataset: Dataset; basis: DateBasis; range: DayRange | null } | null = null;
let cachedResult: { visible: VisibleMention[]; counts: Map<string, number> } | null = null;

function visibleFor(dataset: Dataset, basis: DateBasis, range: DayRange | null) {
  if (
    !cachedResult ||
    cached?.dataset !== dataset ||
    cached.basis !== basis ||
    cached.range !== range
  ) {
    const visible = mentionsInRange(dataset, basis, range);
    cached = { dataset, basis, range };
    cachedResult = { visible, counts: countByPlace(visible) };
  }
  return cachedResult;
}

function useVisible() {
  const dataset = useAtlasStore((s) => s.dataset);
  const basis = useAtlasStore((s) => s.dateBasis);
  const range = useAtlasStore((s) => s.range);
  return visibleFor(dataset, basis, range);
}

/** Mentions inside the current date range. */
export function useVisibleMentions(): VisibleMention[] {
  return useVisible().visible;
}

/** Mentions in range per place id. */
export function usePlaceCounts(): Map<string, number> {
  return useVisible().counts;
}

export function useDayExtent() {
  const dataset = useAtlasStore((s) => s.dataset);
  const basis = useAtlasStore((s) => s.dateBasis);
  return useMemo(() => dayExtent(dataset, basis), [dataset, basis]);
}
