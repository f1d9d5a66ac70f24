import { bbox, featureCollection } from "@turf/turf";
import type { PlaceFeature } from "../../shared/types";

export type Bounds = [number, number, number, number];

/** Northwest Syria, used when there is nothing to fit to. */
export const DEFAULT_BOUNDS: Bounds = [35.6, 35.4, 37.4, 36.9];

/** Syria with a margin (west, south, east, north): the region the atlas is about. */
export const SYRIA_REGION: Bounds = [35.0, 32.0, 42.5, 37.6];

/** Smallest box edge in degrees, so a single place does not zoom to street level. */
const MIN_SPAN = 0.4;

function inside([lng, lat]: number[], [west, south, east, north]: Bounds): boolean {
  return (
    lng !== undefined &&
    lat !== undefined &&
    lng >= west &&
    lng <= east &&
    lat >= south &&
    lat <= north
  );
}

/**
 * Bounds of the places worth opening on: those in the Syria region. Countries and far-off
 * cities (Moscow, Ankara, Sochi for talks) would otherwise shrink northwest Syria to a dot.
 * Falls back to every non-country place, then to northwest Syria.
 */
export function boundsOfPlaces(places: readonly PlaceFeature[]): Bounds {
  const nonCountry = places.filter((p) => p.properties.kind !== "country");
  const regional = nonCountry.filter((p) => inside(p.geometry.coordinates, SYRIA_REGION));
  const chosen = regional.length > 0 ? regional : nonCountry;
  if (chosen.length === 0) return DEFAULT_BOUNDS;
  const [west, south, east, north] = bbox(featureCollection(chosen)) as Bounds;
  const padLng = Math.max(0, (MIN_SPAN - (east - west)) / 2);
  const padLat = Math.max(0, (MIN_SPAN - (north - south)) / 2);
  return [west - padLng, south - padLat, east + padLng, north + padLat];
}
