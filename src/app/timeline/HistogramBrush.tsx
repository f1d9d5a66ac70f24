import { useRef, type KeyboardEvent, type PointerEvent } from "react";
import { formatDayForReader, formatIsoDay } from "../data/days";
import type { RangePhase } from "../store/filters";
import {
  dayToFraction,
  dragWindow,
  fractionToDay,
  keyWindow,
  type DayWindow,
  type DragMode,
} from "./brush-math";
import { TimeAxis } from "./TimeAxis";
import type { TimelineData } from "./use-timeline-data";

interface Props {
  data: TimelineData;
  onWindow: (window: DayWindow, phase: RangePhase) => void;
}

const BIG_STEP = { day: 7, week: 7, month: 30 } as const;
const percent = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

/** Bars per bin with a selection window: drag a handle, drag the window, or drag out a new one. */
export function HistogramBrush({ data, onWindow }: Props) {
  const trackRef = useRef<HTMLDivElement>(null);
  const drag = useRef<{
    mode: DragMode;
    grab: { window: DayWindow; day: number };
    moved: boolean;
  } | null>(null);
  const { domain, bins, window: selection } = data;
  const maxCount = Math.max(1, ...bins.map((b) => b.count));
  const left = dayToFraction(selection.from, domain);
  const right = dayToFraction(selection.to + 1, domain);

  const dayAt = (clientX: number) => {
    const box = trackRef.current?.getBoundingClientRect();
    return box ? fractionToDay((clientX - box.left) / box.width, domain) : domain.first;
  };
  // One handler for the whole track; handles and the window say what they move via data-drag.
  const begin = (event: PointerEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    const wanted = (target.dataset.drag ?? "create") as DragMode;
    // A window spanning everything cannot move, so dragging inside it draws a new one.
    const isFull = selection.from === domain.first && selection.to === domain.last;
    const mode = wanted === "move" && isFull ? "create" : wanted;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { mode, grab: { window: selection, day: dayAt(event.clientX) }, moved: false };
  };
  const move = (event: PointerEvent) => {
    const current = drag.current;
    if (!current) return;
    const day = dayAt(event.clientX);
    current.moved ||= day !== current.grab.day;
    if (current.moved) onWindow(dragWindow(current.mode, current.grab, day, domain), "preview");
  };
  const end = (event: PointerEvent) => {
    const current = drag.current;
    if (!current) return;
    if (current.mode === "create" && !current.moved) {
      // A plain click on the histogram clears the selection, as in most brushes.
      const isFull = selection.from === domain.first && selection.to === domain.last;
      if (!isFull) onWindow({ from: domain.first, to: domain.last }, "commit");
    } else {
      onWindow(dragWindow(current.mode, current.grab, dayAt(event.clientX), domain), "commit");
    }
    drag.current = null;
  };
  // A drag the browser takes over (a scroll gesture, a lost pointer) is undone, not applied.
  const cancel = () => {
    const current = drag.current;
    if (current) onWindow(current.grab.window, "commit");
    drag.current = null;
  };
  const onKey = (handle: "start" | "end") => (event: KeyboardEvent) => {
    const next = keyWindow(event.key, handle, selection, domain, BIG_STEP[data.unit]);
    if (!next) return;
    event.preventDefault();
    onWindow(next, "preview");
  };
  // Key repeats preview; releasing the key settles the history entry.
  const onKeyUp = () => onWindow(selection, "commit");

  const handle = (edge: "start" | "end") => (
    <div
      role="slider"
      tabIndex={0}
      className={`brush-handle brush-handle-${edge}`}
      style={{ left: percent(edge === "start" ? left : right) }}
      aria-label={edge === "start" ? "Range start" : "Range end"}
      aria-valuemin={domain.first}
      aria-valuemax={domain.last}
      aria-valuenow={edge === "start" ? selection.from : selection.to}
      aria-valuetext={formatDayForReader(
        formatIsoDay(edge === "start" ? selection.from : selection.to),
      )}
      data-testid={`handle-${edge}`}
      data-drag={edge}
      onKeyDown={onKey(edge)}
      onKeyUp={onKeyUp}
    />
  );

  return (
    <div className="brush">
      <div
        ref={trackRef}
        className="brush-track"
        data-testid="timeline-track"
        onPointerDown={begin}
        onPointerMove={move}
        onPointerUp={end}
        onPointerCancel={cancel}
      >
        {bins.map((bin) => {
          const inRange = bin.end - 1 >= selection.from && bin.start <= selection.to;
          return (
            <div
              key={bin.start}
              className={`bar${inRange ? " bar-in" : ""}`}
              style={{
                left: percent(Math.max(0, dayToFraction(bin.start, domain))),
                width: percent(
                  dayToFraction(Math.min(bin.end, domain.last + 1), domain) -
                    Math.max(0, dayToFraction(bin.start, domain)),
                ),
                height: percent(bin.count / maxCount),
              }}
              title={`${formatDayForReader(formatIsoDay(bin.start))}: ${bin.count} mention${bin.count === 1 ? "" : "s"}`}
            />
          );
        })}
        <div
          className="brush-window"
          data-testid="brush-window"
          style={{ left: percent(left), width: percent(right - left) }}
          data-drag="move"
        />
        {handle("start")}
        {handle("end")}
      </div>
      <TimeAxis domain={domain} />
    </div>
  );
}
