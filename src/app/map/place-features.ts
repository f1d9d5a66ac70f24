import type { FeatureCollection, Point } from "geojson";
import type { PlaceFeature, PlaceKind } from "../../shared/types";

/** Properties of the features the map draws; `count` is mentions inside the date range. */
export interface MapPlaceProperties {
  id: string;
  name: string;
  kind: PlaceKind;
  count: number;
  approximate: boolean;
  /** Uncertainty radius in pixels at zoom 0 (0 if none); the layer doubles it per zoom level. */
  uncertaintyPx0: number;
}

/** Metres per pixel at zoom 0 on the equator with MapLibre's 512 px tiles. */
const METRES_PER_PX0 = 40_075_016.686 / 512;

/** A ground radius as pixels at zoom 0, at the latitude where it is drawn (Web Mercator). */
export function kmToPixelsAtZoom0(km: number, latitude: number): number {
  return (km * 1000) / (METRES_PER_PX0 * Math.cos((latitude * Math.PI) / 180));
}

/** Governorates with a polygon are shaded areas; countries are too far away to pin. */
export function isDrawnAsArea(place: PlaceFeature): boolean {
  const { kind, area_code } = place.properties;
  return kind === "country" || (kind === "governorate" && area_code !== undefined);
}

/**
 * Why counts are baked into a derived GeoJSON rather than filtered on the GPU: circle size must
 * reflect *how many* mentions fall in the range, an aggregate a layer filter over per-mention
 * points cannot express. Places number in the hundreds, so rebuilding this collection on each
 * range change and handing it to `setData` is cheap; the per-mention counting is one linear
 * pass in `mentionsInRange` (memoised). Places with no mentions in range are left out.
 */
export function placeFeaturesInRange(
  places: readonly PlaceFeature[],
  counts: ReadonlyMap<string, number>,
): FeatureCollection<Point, MapPlaceProperties> {
  const features = [];
  for (const place of places) {
    const count = counts.get(place.properties.id) ?? 0;
    if (count === 0 || isDrawnAsArea(place)) continue;
    const { id, name, kind, approximate = false, uncertainty_km = 0 } = place.properties;
    const latitude = place.geometry.coordinates[1] ?? 0;
    features.push({
      type: "Feature" as const,
      geometry: place.geometry,
      properties: {
        id,
        name,
        kind,
        count,
        approximate,
        uncertaintyPx0: approximate ? kmToPixelsAtZoom0(uncertainty_km, latitude) : 0,
      },
    });
  }
  // Big circles first so small ones are drawn on top and stay clickable.
  features.sort((a, b) => b.properties.count - a.properties.count);
  return { type: "FeatureCollection", features };
}

/** Mentions in range per governorate code (`SY-ID`), for shading the governorate polygons. */
export function areaCounts(
  places: readonly PlaceFeature[],
  counts: ReadonlyMap<string, number>,
): Map<string, number> {
  const byCode = new Map<string, number>();
  for (const place of places) {
    const { kind, area_code, id } = place.properties;
    if (kind !== "governorate" || area_code === undefined) continue;
    const count = counts.get(id) ?? 0;
    if (count > 0) byCode.set(area_code, (byCode.get(area_code) ?? 0) + count);
  }
  return byCode;
}
