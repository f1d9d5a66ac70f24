import type { DayNumber } from "../data/days";

/** The days the timeline spans, inclusive. */
export interface DayDomain {
  first: DayNumber;
  last: DayNumber;
}

/** A selected window of days, inclusive, as numbers for arithmetic while dragging. */
export interface DayWindow {
  from: DayNumber;
  to: DayNumber;
}

export type DragMode = "start" | "end" | "move" | "create";

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Share of the track left of a day's left edge (0..1); a day occupies one equal slot. */
export function dayToFraction(day: DayNumber, domain: DayDomain): number {
  return (day - domain.first) / (domain.last - domain.first + 1);
}

/** The day under a point at `fraction` of the track, clamped into the domain. */
export function fractionToDay(fraction: number, domain: DayDomain): DayNumber {
  const span = domain.last - domain.first + 1;
  return clamp(domain.first + Math.floor(fraction * span), domain.first, domain.last);
}

/**
 * The window after dragging to `day`. `grab` is the window and the day under the pointer when
 * the drag began; handles may cross (the window stays ordered), a moved window keeps its width.
 */
export function dragWindow(
  mode: DragMode,
  grab: { window: DayWindow; day: DayNumber },
  day: DayNumber,
  domain: DayDomain,
): DayWindow {
  const { window } = grab;
  if (mode === "move") {
    const width = window.to - window.from;
    const from = clamp(window.from + (day - grab.day), domain.first, domain.last - width);
    return { from, to: from + width };
  }
  const anchor = mode === "start" ? window.to : mode === "end" ? window.from : grab.day;
  return { from: Math.min(anchor, day), to: Math.max(anchor, day) };
}

/** The window after a key press on a handle, or null for keys the handle does not use. */
export function keyWindow(
  key: string,
  handle: "start" | "end",
  window: DayWindow,
  domain: DayDomain,
  bigStep: number,
): DayWindow | null {
  const steps: Record<string, number> = {
    ArrowLeft: -1,
    ArrowDown: -1,
    ArrowRight: 1,
    ArrowUp: 1,
    PageDown: -bigStep,
    PageUp: bigStep,
  };
  if (handle === "start") {
    const limit = window.to;
    if (key === "Home") return { ...window, from: domain.first };
    if (key === "End") return { ...window, from: limit };
    const step = steps[key];
    return step === undefined
      ? null
      : { ...window, from: clamp(window.from + step, domain.first, limit) };
  }
  const limit = window.from;
  if (key === "Home") return { ...window, to: limit };
  if (key === "End") return { ...window, to: domain.last };
  const step = steps[key];
  return step === undefined ? null : { ...window, to: clamp(window.to + step, limit, domain.last) };
}
