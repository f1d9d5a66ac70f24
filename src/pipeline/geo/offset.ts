/** Compass words and their bearings in degrees. */
const BEARINGS: Record<string, number> = {
  north: 0,
  northeast: 45,
  east: 90,
  southeast: 135,
  south: 180,
  southwest: 225,
  west: 270,
  northwest: 315,
};

/** Bearing of "west", "north-western", "southeastern" ..., or null. */
export function bearingOf(word: string): number | null {
  const w = word.toLowerCase().replace(/-/g, "").replace(/ern$/, "");
  return BEARINGS[w] ?? null;
}

/** The point `km` away from (lat, lon) along `bearing` (flat-earth step: fine for tens of km). */
export function offsetPoint(
  lat: number,
  lon: number,
  bearing: number,
  km: number,
): [number, number] {
  const rad = (bearing * Math.PI) / 180;
  const dLat = (km * Math.cos(rad)) / 111.2;
  const dLon = (km * Math.sin(rad)) / (111.2 * Math.cos((lat * Math.PI) / 180));
  return [lat + dLat, lon + dLon];
}

/** Initial compass bearing in degrees from the first point to the second. */
export function bearingBetween(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const y = Math.sin((lon2 - lon1) * rad) * Math.cos(lat2 * rad);
  const x =
    Math.cos(lat1 * rad) * Math.sin(lat2 * rad) -
    Math.sin(lat1 * rad) * Math.cos(lat2 * rad) * Math.cos((lon2 - lon1) * rad);
  return (Math.atan2(y, x) / rad + 360) % 360;
}

/** Smallest angle between two bearings, 0..180. */
export function angleBetween(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return d > 180 ? 360 - d : d;
}
