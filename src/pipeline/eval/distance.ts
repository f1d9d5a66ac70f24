import { distanceKm } from "../geo/distance.ts";

/** Great-circle distance, the measure the README prescribes for resolution error. */

export interface LatLon {
  lat: number;
  lon: number;
}

/** Haversine distance in km between two points (the one implementation lives in geo/distance). */
export function haversineKm(a: LatLon, b: LatLon): number {
  return distanceKm(a.lat, a.lon, b.lat, b.lon);
}
