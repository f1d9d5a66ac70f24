import { formatIsoDay } from "../data/days";
import { useAtlasStore } from "../store";
import type { RangePhase } from "../store/filters";
import type { DayWindow } from "./brush-math";
import { HistogramBrush } from "./HistogramBrush";
import { TimelineControls } from "./TimelineControls";
import { useTimelineData } from "./use-timeline-data";

/** Mentions over time with a draggable date window that filters the map and the lists. */
export function Timeline() {
  const data = useTimelineData();
  const setRange = useAtlasStore((s) => s.setRange);
  const status = useAtlasStore((s) => s.status);

  const onWindow = (window: DayWindow, phase: RangePhase) =>
    setRange({ from: formatIsoDay(window.from), to: formatIsoDay(window.to) }, phase);

  return (
    <footer className="timeline" data-testid="timeline" aria-label="Timeline">
      {data ? (
        <>
          <TimelineControls data={data} onWindow={onWindow} />
          <HistogramBrush data={data} onWindow={onWindow} />
        </>
      ) : (
        status === "ready" && <p className="timeline-empty">No dated mentions to chart.</p>
      )}
    </footer>
  );
}
