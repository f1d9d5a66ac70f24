import type { StateCreator } from "zustand";
import { EMPTY_DATASET, type Dataset } from "../data/dataset";
import type { AtlasState } from "./index";

export type LoadStatus = "loading" | "ready" | "error";

export interface DataState {
  status: LoadStatus;
  loadError: string | null;
  dataset: Dataset;
  setDataset: (dataset: Dataset) => void;
  setLoadError: (message: string) => void;
}

export const createDataSlice: StateCreator<AtlasState, [], [], DataState> = (set) => ({
  status: "loading",
  loadError: null,
  dataset: EMPTY_DATASET,
  setDataset: (dataset) =>
    set({ dataset, status: "ready", loadError: null, historyIntent: "none" }),
  setLoadError: (message) => set({ status: "error", loadError: message, historyIntent: "none" }),
});
