// The one import point for the basemap, so components never care which file provides it.
export { basemapStyle, BASEMAP_ATTRIBUTION, GOVERNORATE_SOURCE } from "./basemap-style";
