import { validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, it } from "vitest";
import {
  BASEMAP_ATTRIBUTION,
  BASEMAP_LAYER_IDS,
  GOVERNORATE_SOURCE,
  basemapStyle,
} from "./basemap-style";

const style = basemapStyle("http://127.0.0.1:4173/");

/** Every string anywhere in the style, to look for URLs. */
const strings = (value: unknown): string[] =>
  typeof value === "string"
    ? [value]
    : typeof value === "object" && value !== null
      ? Object.values(value).flatMap(strings)
      : [];

describe("basemapStyle", () => {
  it("validates against the MapLibre style spec", () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it("fetches nothing from outside the app's own origin", () => {
    const external = strings(style).filter(
      (s) => /^https?:\/\//.test(s) && !s.startsWith("http://127.0.0.1:4173/"),
    );
    expect(external).toEqual([]);
  });

  it("serves its GeoJSON from basemap/ under the given base, with or without a slash", () => {
    const a = basemapStyle("http://x/app").sources[GOVERNORATE_SOURCE];
    const b = basemapStyle("http://x/app/").sources[GOVERNORATE_SOURCE];
    expect(a).toMatchObject({ data: "http://x/app/basemap/syria-admin1.geojson" });
    expect(b).toEqual(a);
  });

  it("declares local font files for every font a layer uses", () => {
    const faces = style["font-faces"] ?? {};
    const used = style.layers.flatMap((l) =>
      l.type === "symbol" ? (l.layout?.["text-font"] as string[]) : [],
    );
    for (const font of used) expect(faces).toHaveProperty([font]);
  });

  it("only uses sources it defines", () => {
    const missing = style.layers
      .filter((l) => "source" in l && !(l.source in style.sources))
      .map((l) => l.id);
    expect(missing).toEqual([]);
  });

  it("has exactly the layers named in BASEMAP_LAYER_IDS", () => {
    expect(style.layers.map((l) => l.id).sort()).toEqual(Object.values(BASEMAP_LAYER_IDS).sort());
  });

  it("keys governorates by ISO 3166-2 so the app can join article counts", () => {
    expect(style.sources[GOVERNORATE_SOURCE]).toMatchObject({ promoteId: "iso_3166_2" });
  });

  it("credits its data through a source attribution", () => {
    const credits = Object.values(style.sources).map((s) =>
      "attribution" in s ? s.attribution : "",
    );
    expect(credits).toContain(BASEMAP_ATTRIBUTION);
  });
});
