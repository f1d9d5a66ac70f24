import { useMemo } from "react";
import { mentionDay } from "../data/mention-day";
import { parseIsoDay, type DayNumber } from "../data/days";
import { useAtlasStore } from "../store";
import { useDayExtent } from "../store/selectors";
import type { DayDomain, DayWindow } from "./brush-math";
import { binDays, chooseBinUnit, type Bin, type BinUnit } from "./histogram";

export interface TimelineData {
  domain: DayDomain;
  bins: Bin[];
  unit: BinUnit;
  /** The selected window, or the whole domain when no range is set. */
  window: DayWindow;
}

/** Histogram of all mentions under the date basis, and the selection as day numbers. */
export function useTimelineData(): TimelineData | null {
  const dataset = useAtlasStore((s) => s.dataset);
  const basis = useAtlasStore((s) => s.dateBasis);
  const range = useAtlasStore((s) => s.range);
  const extent = useDayExtent();

  const histogram = useMemo(() => {
    const first = extent && parseIsoDay(extent.from);
    const last = extent && parseIsoDay(extent.to);
    if (first == null || last == null) return null;
    const days: DayNumber[] = [];
    for (const mention of dataset.mentions) {
      const day = mentionDay(mention, dataset.articleById.get(mention.article), basis);
      const n = day === null ? null : parseIsoDay(day);
      if (n !== null) days.push(n);
    }
    const unit = chooseBinUnit(last - first + 1);
    return { domain: { first, last }, unit, bins: binDays(days, first, last, unit) };
  }, [dataset, basis, extent]);

  if (!histogram) return null;
  const from = range ? parseIsoDay(range.from) : null;
  const to = range ? parseIsoDay(range.to) : null;
  const window = {
    from: Math.max(from ?? histogram.domain.first, histogram.domain.first),
    to: Math.min(to ?? histogram.domain.last, histogram.domain.last),
  };
  // A range left over from the other date basis may miss this extent entirely.
  const usable =
    window.from <= window.to ? window : { from: histogram.domain.first, to: histogram.domain.last };
  return { ...histogram, window: usable };
}
