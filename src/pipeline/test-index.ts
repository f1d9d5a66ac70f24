import type { PlaceKind } from "../shared/types.ts";
import type { GazetteerEntry } from "./gazetteer/entry.ts";
import { GazetteerIndex } from "./gazetteer/gazetteer-index.ts";

/** A small hand-made gazetteer for unit tests (coordinates from the seeds' gold annotations). */
export function entry(
  id: string,
  names: string[],
  lat: number,
  lon: number,
  kind: PlaceKind,
  extra: Partial<GazetteerEntry> = {},
): GazetteerEntry {
  return {
    id,
    name: names[0]!,
    names,
    lat,
    lon,
    kind,
    country: "SY",
    population: 0,
    source: "test",
    rank: 1,
    ...extra,
  };
}

export function testIndex(): GazetteerIndex {
  return new GazetteerIndex(testEntries());
}

export function testEntries(): GazetteerEntry[] {
  return [
    entry("idlib-governorate", ["Idlib"], 35.7, 36.7, "governorate", {
      areaCode: "SY-ID",
      admin1: "SY-ID",
    }),
    entry("idlib-city", ["Idlib"], 35.93062, 36.63393, "city", { population: 128_840 }),
    entry("hama-governorate", ["Hama"], 35.2, 37.2, "governorate", { areaCode: "SY-HM" }),
    entry("hama-city", ["Hama"], 35.13179, 36.75783, "city", { population: 460_602 }),
    entry("aleppo-governorate", ["Aleppo"], 36.2, 37.5, "governorate", { areaCode: "SY-HL" }),
    entry("aleppo-city", ["Aleppo"], 36.20124, 37.16117, "city", { population: 1_602_264 }),
    entry("maarat-al-numan", ["Ma'arrat al-Nu'man", "Maarat al-Numan"], 35.6483, 36.67693, "city", {
      population: 58_008,
    }),
    entry("hass", ["Hass", "Has"], 35.616944, 36.595278, "village"),
    entry("al-bab", ["Al-Bab"], 36.37051, 37.5157, "city", { population: 130_745 }),
    entry("turkey", ["Turkey"], 38.963745, 35.243322, "country", { country: "TR" }),
    entry("syria", ["Syria"], 34.802075, 38.996815, "country"),
    entry("kalin-far", ["Kalin"], 59.4, 24.7, "town", { country: "EE", population: 6000 }),
    entry("marcha", ["March"], 47.0, 9.0, "town", { country: "CH", population: 9000 }),
  ];
}
