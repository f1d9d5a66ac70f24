import { readFileSync } from "node:fs";
import type { FeatureCollection, MultiLineString, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { serialize } from "./build-basemap";
import { keepCity, parseCityRow, plainName, selectCities, type CityRow } from "./cities";
import {
  clipLines,
  clipPolygonal,
  ringAround,
  roundCoord,
  roundLine,
  unwrapLine,
  unwrapPolygonal,
  type BBox,
} from "./geometry";
import { isGovernorateCode, selectGovernorates, shortArabicName } from "./governorates";

/** A GeoNames cities500 row: 19 tab-separated columns, filled where the build reads them. */
const row = (
  ...[id, name, lat, lon, code, cc, pop]: [number, string, number, number, string, string, number]
) => {
  const cols: (string | number)[] = Array<string>(19).fill("");
  Object.assign(cols, { 0: id, 1: name, 4: lat, 5: lon, 7: code, 8: cc, 14: pop });
  return cols.join("\t");
};

const city = (over: Partial<CityRow>): CityRow => ({
  geonamesId: 1,
  name: "X",
  lat: 35,
  lon: 37,
  featureCode: "PPL",
  country: "SY",
  population: 50_000,
  ...over,
});

const square = (w: number, s: number, e: number, n: number): Polygon => ({
  type: "Polygon",
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});

describe("rounding", () => {
  it.each([
    [36.63393456, 36.6339],
    [-0.00001, 0],
    [35.12345, 35.1235],
  ])("rounds %d to %d at 4 decimals", (input, expected) => {
    expect(roundCoord(input)).toBe(expected);
  });

  it("never writes -0", () => {
    expect(Object.is(roundCoord(-0.00001), 0)).toBe(true);
  });

  it("drops points that rounding merges into their predecessor", () => {
    expect(
      roundLine([
        [1, 1],
        [1.00001, 1.00001],
        [2, 2],
      ]),
    ).toEqual([
      [1, 1],
      [2, 2],
    ]);
  });
});

describe("window clipping", () => {
  const box: BBox = [20, 20, 60, 50];

  it("keeps the part of a polygon inside the window", () => {
    expect(clipPolygonal(square(10, 30, 30, 40), box)).toEqual(square(20, 30, 30, 40));
  });

  it("drops a polygon outside the window", () => {
    expect(clipPolygonal(square(0, 0, 5, 5), box)).toBeNull();
  });

  it("tiles the window with the detail box and four strips around it", () => {
    const strips = ringAround([20, 20, 60, 50], [30, 28, 46, 40]);
    const size = ([w, s, e, n]: BBox) => (e - w) * (n - s);
    expect(strips.map(size).reduce((a, b) => a + b) + size([30, 28, 46, 40])).toBe(size(box));
    expect(strips.every(([w, s, e, n]) => w >= 20 && s >= 20 && e <= 60 && n <= 50)).toBe(true);
  });

  it("cuts lines at the window edge", () => {
    const line: MultiLineString = {
      type: "MultiLineString",
      coordinates: [
        [
          [10, 30],
          [30, 30],
        ],
      ],
    };
    expect(clipLines(line, box)?.coordinates).toEqual([
      [
        [20, 30],
        [30, 30],
      ],
    ]);
  });
});

describe("antimeridian", () => {
  it("continues a line across 180° instead of jumping back to -180°", () => {
    expect(
      unwrapLine([
        [179, 65],
        [-179, 66],
        [-178, 67],
      ]),
    ).toEqual([
      [179, 65],
      [181, 66],
      [182, 67],
    ]);
  });

  it("drops a ring around a pole, which has no flat outline", () => {
    const polar: Polygon = {
      type: "Polygon",
      coordinates: [
        [
          [-180, -80],
          [0, -85],
          [180, -80],
          [-180, -80],
        ],
      ],
    };
    expect(unwrapPolygonal(polar)).toBeNull();
  });
});

describe("cities TSV", () => {
  it("parses the columns the build needs", () => {
    expect(parseCityRow(row(169388, "Idlib", 35.93062, 36.63393, "PPLA", "SY", 128840))).toEqual({
      geonamesId: 169388,
      name: "Idlib",
      lat: 35.93062,
      lon: 36.63393,
      featureCode: "PPLA",
      country: "SY",
      population: 128840,
    });
  });

  it.each([[""], ["not\ta\trow"], [row(1, "X", Number.NaN, 1, "PPL", "SY", 1)]])(
    "rejects a malformed row %#",
    (line) => {
      expect(parseCityRow(line)).toBeNull();
    },
  );

  it.each([
    ["a Syrian town of 20,000", city({ population: 20_000 }), true],
    ["a Syrian village under 20,000", city({ population: 19_999 }), false],
    [
      "a neighbouring capital of 300,000",
      city({ country: "TR", featureCode: "PPLA", population: 300_000 }),
      true,
    ],
    [
      "a big Istanbul district",
      city({ country: "TR", featureCode: "PPL", population: 700_000 }),
      false,
    ],
    [
      "a country outside the neighbours",
      city({ country: "EG", featureCode: "PPLC", population: 9e6 }),
      false,
    ],
    ["a Syrian town outside the window", city({ lon: 61 }), false],
    ["an abandoned place", city({ featureCode: "PPLQ" }), false],
  ])("keeps %s: %s", (_label, c, expected) => {
    expect(keepCity(c)).toBe(expected);
  });

  it("writes biggest first with plain names and rounded coordinates", () => {
    const tsv = [
      row(2, "Ḩamāh", 35.131789, 36.75783, "PPLA", "SY", 460602),
      row(1, "Idlib", 35.9, 36.6, "PPLA", "SY", 128840),
    ].join("\n");
    expect(selectCities(tsv).map((f) => [f.properties.name, f.geometry.coordinates])).toEqual([
      ["Hamah", [36.7578, 35.1318]],
      ["Idlib", [36.6, 35.9]],
    ]);
  });

  it("keeps the ayn mark when it strips diacritics", () => {
    expect(plainName("Ma‘arrat an Nu‘mān")).toBe("Ma‘arrat an Nu‘man");
  });
});

describe("governorates", () => {
  it("accepts SY-xx codes and rejects the UNDOF zone", () => {
    expect(["SY-ID", "SY-X01~", "TR-31", undefined].map(isGovernorateCode)).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });

  it("shortens NE's Arabic 'X Governorate' to the name", () => {
    expect(shortArabicName("محافظة إدلب")).toBe("إدلب");
  });

  it("selects Syrian governorates with their label points", () => {
    const admin1: FeatureCollection<Polygon, Record<string, unknown>> = {
      type: "FeatureCollection",
      features: [
        {
          iso_a2: "SY",
          iso_3166_2: "SY-ID",
          name_en: "Idlib",
          name_ar: "محافظة إدلب",
          latitude: 35.85,
          longitude: 36.68,
        },
        {
          iso_a2: "SY",
          iso_3166_2: "SY-X01~",
          name_en: "UNDOF",
          name_ar: "x",
          latitude: 33,
          longitude: 35.9,
        },
        {
          iso_a2: "TR",
          iso_3166_2: "TR-31",
          name_en: "Hatay",
          name_ar: "هاتاي",
          latitude: 36.4,
          longitude: 36.2,
        },
      ].map((properties) => ({ type: "Feature", geometry: square(36, 35, 37, 36), properties })),
    };
    const { areas, labels } = selectGovernorates(admin1);
    expect(areas.map((f) => f.properties)).toEqual([
      { iso_3166_2: "SY-ID", name_en: "Idlib", name_ar: "إدلب" },
    ]);
    expect(labels.map((f) => f.geometry.coordinates)).toEqual([[36.68, 35.85]]);
  });
});

describe("committed basemap", () => {
  const read = (file: string): FeatureCollection =>
    JSON.parse(readFileSync(new URL(`../../../public/basemap/${file}`, import.meta.url), "utf8"));

  it("has exactly the 14 governorates, each with English and Arabic names", () => {
    const props = read("syria-admin1.geojson").features.map((f) => f.properties ?? {});
    const codes =
      "SY-DI SY-DR SY-DY SY-HA SY-HI SY-HL SY-HM SY-ID SY-LA SY-QU SY-RA SY-RD SY-SU SY-TA";
    expect(props.map((p) => p.iso_3166_2)).toEqual(codes.split(" "));
    for (const p of props) expect(p.name_ar).toMatch(/^[\u0600-\u06ff ]+$/);
  });
});

describe("serialize", () => {
  it("serializes one feature per line", () => {
    const text = serialize([
      { type: "Feature", geometry: { type: "Point", coordinates: [1, 2] }, properties: {} },
    ]);
    expect(text.split("\n")).toHaveLength(4);
    expect(JSON.parse(text).features).toHaveLength(1);
  });
});
