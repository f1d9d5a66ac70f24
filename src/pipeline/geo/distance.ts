/** Mean Earth radius in km (IUGG); the spherical model errs < 0.5 %, far below our thresholds. */
const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km (haversine; plenty for the 25 km / 161 km questions we ask). */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  // min() guards against rounding past 1 for antipodal points.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}
