import type { StyleSpecification } from "maplibre-gl";

/**
 * Stand-in for `basemap-style.ts` (owned by the basemap work) with the same exports, so the
 * app runs before that lands: a plain background, no governorate polygons.
 */
export const BASEMAP_ATTRIBUTION = "Natural Earth (public domain) · GeoNames (CC BY 4.0)";
export const GOVERNORATE_SOURCE = "governorates";

export function basemapStyle(_baseUrl: string): StyleSpecification {
  return {
    version: 8,
    sources: {},
    layers: [{ id: "background", type: "background", paint: { "background-color": "#e8edf1" } }],
  };
}
