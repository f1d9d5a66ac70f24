import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
} from "maplibre-gl";
import { BASEMAP_ATTRIBUTION, basemapStyle } from "./basemap-style";
import { checkMapHash, MAX_ZOOM, MIN_ZOOM } from "../url/map-hash";
import { DEFAULT_BOUNDS } from "./fit-to-places";

export interface CreatedMap {
  map: MapLibreMap;
  /** True when the link carried a usable camera; then the map must not refit to the data. */
  cameraFromLink: boolean;
  problems: string[];
}

/**
 * Creates the map with MapLibre owning the camera in `#map=zoom/lat/lng`. An unusable camera in
 * the link is removed first (and reported) so MapLibre does not half-apply it.
 */
export function createMap(container: HTMLElement): CreatedMap {
  const checked = checkMapHash(window.location.hash);
  if (checked.hash !== window.location.hash) {
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, "", `${pathname}${search}${checked.hash}`);
  }
  const map = new MapLibreMap({
    container,
    style: basemapStyle(new URL(import.meta.env.BASE_URL, window.location.href).href),
    bounds: DEFAULT_BOUNDS,
    hash: "map",
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(
    new AttributionControl({ compact: false, customAttribution: BASEMAP_ATTRIBUTION }),
  );
  map.addControl(new NavigationControl({ showCompass: false }), "top-right");
  map.addControl(new ScaleControl({ unit: "metric" }), "bottom-left");
  return { map, cameraFromLink: checked.hasCamera, problems: checked.problems };
}
