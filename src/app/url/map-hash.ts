/** Zoom limits the map is created with; a link outside them is refused rather than clamped. */
export const MIN_ZOOM = 2;
export const MAX_ZOOM = 14;

export interface MapHashCheck {
  /** The hash with any unusable `map=` entry removed (other entries kept). */
  hash: string;
  /** True when a usable camera was found, so the map should not fit itself to the data. */
  hasCamera: boolean;
  problems: string[];
}

function isCamera(value: string): boolean {
  const parts = value.split("/").map(Number);
  if (parts.length < 3 || parts.length > 5 || parts.some((n) => !Number.isFinite(n))) return false;
  const [zoom, lat, lng] = parts as [number, number, number];
  return zoom >= MIN_ZOOM && zoom <= MAX_ZOOM && Math.abs(lat) <= 85 && Math.abs(lng) <= 180;
}

/**
 * MapLibre reads `#map=zoom/lat/lng` itself but silently ignores or clamps bad values. We check
 * the hash first so a bad camera is named in a notice and the map fits the data instead.
 */
export function checkMapHash(hash: string): MapHashCheck {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const camera = params.get("map");
  if (camera === null) return { hash, hasCamera: false, problems: [] };
  if (isCamera(camera)) return { hash, hasCamera: true, problems: [] };
  params.delete("map");
  const rest = params.toString();
  const shown = camera.length > 40 ? `${camera.slice(0, 40)}…` : camera;
  return {
    hash: rest === "" ? "" : `#${rest}`,
    hasCamera: false,
    problems: [
      `Ignored map position '${shown}' in the link (zoom must be ${MIN_ZOOM}–${MAX_ZOOM})`,
    ],
  };
}
