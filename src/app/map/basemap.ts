// The one import point for the basemap, so the app never depends on which file provides it
// (basemap-fallback.ts was the stand-in until basemap-style.ts landed).
export { basemapStyle, BASEMAP_ATTRIBUTION, GOVERNORATE_SOURCE } from "./basemap-style";
