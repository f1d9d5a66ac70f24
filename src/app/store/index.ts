import { create } from "zustand";
import { createDataSlice, type DataState } from "./data";
import { createFiltersSlice, type FiltersState } from "./filters";
import { createNavigationSlice, type NavigationState } from "./navigation";
import { createNoticesSlice, type NoticesState } from "./notices";
import { createSelectionSlice, type SelectionState } from "./selection";

export interface AtlasState
  extends DataState, FiltersState, SelectionState, NoticesState, NavigationState {}

export const useAtlasStore = create<AtlasState>()((...a) => ({
  ...createDataSlice(...a),
  ...createFiltersSlice(...a),
  ...createSelectionSlice(...a),
  ...createNoticesSlice(...a),
  ...createNavigationSlice(...a),
}));
