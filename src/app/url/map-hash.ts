import { quoteForNotice } from "./url-state";

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

const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** Why a `map=` value is no usable camera, or null when it is one. */
function cameraProblem(value: string): string | null {
  const raw = value.split("/");
  // Number("") is 0, so empty parts must be refused before converting.
  if (raw.length < 3 || raw.length > 5 || !raw.every((p) => NUMBER.test(p))) {
    return "expected zoom/lat/lng numbers";
  }
  const [zoom, lat, lng] = raw.map(Number) as [number, number, number];
  if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) return `zoom must be ${MIN_ZOOM}–${MAX_ZOOM}`;
  if (Math.abs(lat) > 85) return "latitude must be within ±85";
  if (Math.abs(lng) > 180) return "longitude must be within ±180";
  return null;
}

/**
 * MapLibre reads `#map=zoom/lat/lng` itself but silently ignores or clamps bad values. We check
 * the hash first so a bad camera is named in a notice and the map fits the data instead.
 */
export function checkMapHash(hash: string): MapHashCheck {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const camera = params.get("map");
  if (camera === null) return { hash, hasCamera: false, problems: [] };
  const problem = cameraProblem(camera);
  if (problem === null) return { hash, hasCamera: true, problems: [] };
  params.delete("map");
  const rest = params.toString();
  return {
    hash: rest === "" ? "" : `#${rest}`,
    hasCamera: false,
    problems: [`Ignored map position ${quoteForNotice(camera)} in the link (${problem})`],
  };
}
