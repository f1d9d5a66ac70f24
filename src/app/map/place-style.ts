import type { PlaceKind } from "../../shared/types";

/**
 * One colour per kind, shared by the map layers and the legend. Settlements run warm → cool by
 * size so big towns stand out; infrastructure kinds are muted.
 */
export const KIND_COLORS: Record<PlaceKind, string> = {
  city: "#c2410c",
  town: "#e08a1e",
  village: "#0f8b8d",
  camp: "#7c3aed",
  crossing: "#2563eb",
  landmark: "#64748b",
  district: "#475569",
  region: "#475569",
  governorate: "#b4534b",
  country: "#94a3b8",
};

/** Kinds drawn as a hollow ring: areas without a polygon in the basemap. */
export const RING_KINDS: readonly PlaceKind[] = ["district", "region"];

export const AREA_FILL_COLOR = "#c2410c";
export const SELECTED_COLOR = "#111827";
