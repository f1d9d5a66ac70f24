import type { StateCreator } from "zustand";
import type { DateBasis } from "../../shared/types";
import { dayExtent, normalizeRange } from "../data/day-extent";
import type { DayRange } from "../data/days";
import type { AtlasState } from "./index";

/** "preview" while a handle is being dragged, "commit" when it is released or typed in. */
export type RangePhase = "preview" | "commit";

export interface FiltersState {
  dateBasis: DateBasis;
  /** Inclusive day window; null means the whole extent (the default, absent from the URL). */
  range: DayRange | null;
  setRange: (range: DayRange | null, phase: RangePhase) => void;
  resetRange: () => void;
  setDateBasis: (basis: DateBasis) => void;
}

export const createFiltersSlice: StateCreator<AtlasState, [], [], FiltersState> = (set, get) => ({
  dateBasis: "event",
  range: null,
  setRange: (range, phase) => {
    const { dataset, dateBasis } = get();
    const ordered = range && range.from > range.to ? { from: range.to, to: range.from } : range;
    set({
      range: normalizeRange(ordered, dayExtent(dataset, dateBasis)),
      historyIntent: phase,
    });
  },
  resetRange: () => set({ range: null, historyIntent: "push" }),
  setDateBasis: (dateBasis) => {
    const { dataset, range } = get();
    set({
      dateBasis,
      range: normalizeRange(range, dayExtent(dataset, dateBasis)),
      historyIntent: "push",
    });
  },
});
