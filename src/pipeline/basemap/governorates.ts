import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from "geojson";
import { isPolygonal, labelPoint, roundCoord, roundPolygonal } from "./geometry.ts";

export type GovernorateProps = { iso_3166_2: string; name_en: string; name_ar: string };

/** "SY-ID" etc.; excludes NE's "SY-X01~" UNDOF zone, which is not a governorate. */
export const isGovernorateCode = (code: unknown): code is string =>
  typeof code === "string" && /^SY-[A-Z]{2}$/.test(code);

/** NE's Arabic names read "محافظة إدلب" (Idlib Governorate); name_en is just "Idlib". */
export const shortArabicName = (name: string): string => name.replace(/^محافظة\s+/u, "").trim();

export type Admin1Props = Record<string, unknown>;

export function selectGovernorates(admin1: FeatureCollection<Geometry | null, Admin1Props>) {
  const areas: Feature<Polygon | MultiPolygon, GovernorateProps>[] = [];
  const labels: Feature<Point, GovernorateProps>[] = [];
  for (const f of admin1.features) {
    const p = f.properties;
    if (p.iso_a2 !== "SY" || !isGovernorateCode(p.iso_3166_2) || !isPolygonal(f.geometry)) continue;
    const geometry = roundPolygonal(f.geometry);
    if (!geometry) continue;
    const props: GovernorateProps = {
      iso_3166_2: p.iso_3166_2,
      name_en: String(p.name_en),
      name_ar: shortArabicName(String(p.name_ar)),
    };
    areas.push({ type: "Feature", geometry, properties: props });
    // NE's hand-placed label point beats a computed centroid for Rif Dimashq, which wraps Damascus.
    const lon = Number(p.longitude);
    const lat = Number(p.latitude);
    const at = Number.isFinite(lon) && Number.isFinite(lat) ? [lon, lat] : labelPoint(geometry);
    labels.push({
      type: "Feature",
      geometry: { type: "Point", coordinates: [roundCoord(at[0]!, 3), roundCoord(at[1]!, 3)] },
      properties: props,
    });
  }
  const byCode = <T extends { properties: GovernorateProps }>(a: T, b: T) =>
    a.properties.iso_3166_2.localeCompare(b.properties.iso_3166_2);
  return { areas: areas.sort(byCode), labels: labels.sort(byCode) };
}
