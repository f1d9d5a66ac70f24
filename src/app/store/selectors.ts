import { useMemo } from "react";
import { dayExtent } from "../data/day-extent";
import { countByPlace, mentionsInRange, type VisibleMention } from "../data/visible-mentions";
import { useAtlasStore } from "./index";

/** Mentions inside the current date range; recomputed only when data, basis or range change. */
export function useVisibleMentions(): VisibleMention[] {
  const dataset = useAtlasStore((s) => s.dataset);
  const basis = useAtlasStore((s) => s.dateBasis);
  const range = useAtlasStore((s) => s.range);
  return useMemo(() => mentionsInRange(dataset, basis, range), [dataset, basis, range]);
}

export function usePlaceCounts(): Map<string, number> {
  const visible = useVisibleMentions();
  return useMemo(() => countByPlace(visible), [visible]);
}

export function useDayExtent() {
  const dataset = useAtlasStore((s) => s.dataset);
  const basis = useAtlasStore((s) => s.dateBasis);
  return useMemo(() => dayExtent(dataset, basis), [dataset, basis]);
}

export function useSelectedPlace() {
  const dataset = useAtlasStore((s) => s.dataset);
  const id = useAtlasStore((s) => s.selectedPlaceId);
  return id === null ? undefined : dataset.placeById.get(id);
}
