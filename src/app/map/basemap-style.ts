// The offline basemap: GeoJSON from public/basemap/ (`npm run build:basemap`) and Noto Sans
// files bundled by Vite. Nothing is fetched from the network.
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from "maplibre-gl";
import notoArabic from "@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url";
import notoLatinBold from "@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url";
import notoLatinExt from "@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url";
import notoLatin from "@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url";

export const BASEMAP_ATTRIBUTION =
  "Natural Earth (public domain) · GeoNames (CC BY 4.0) · Wikipedia (CC BY-SA 4.0)";

/** Source for Syria's 14 governorates; feature ids are their `iso_3166_2` codes (promoteId). */
export const GOVERNORATE_SOURCE = "governorates";

export const BASEMAP_LAYER_IDS = {
  background: "background",
  land: "land",
  worldBorders: "world-borders",
  countries: "countries",
  syria: "syria",
  governorateFill: "governorate-fill",
  governorateLine: "governorate-line",
  countryBorders: "country-borders",
  countryLabels: "country-labels",
  governorateLabels: "governorate-labels",
  cityPoints: "city-points",
  cityLabelsMajor: "city-labels-major",
  cityLabelsMinor: "city-labels-minor",
} as const;

/** Every colour of the basemap: muted, so that the app's data layers stand out. */
export const BASEMAP_COLORS = {
  sea: "#d5e3ea",
  land: "#ece9e2",
  syria: "#f8f6f1",
  governorateFill: "rgba(232, 220, 198, 0.35)",
  governorateLine: "#b9ab98",
  border: "#8f8579",
  countryLabel: "#8a8178",
  governorateLabel: "#6b5d4f",
  city: "#3d3a36",
  cityLabel: "#2f2c29",
  halo: "#ffffff",
} as const;

const REGULAR = "Noto Sans Regular";
const BOLD = "Noto Sans Bold";
const LATIN = ["U+0000-00FF", "U+0131", "U+0152-0153", "U+02BB-02DD", "U+2000-206F"];
const LATIN_EXT = ["U+0100-024F", "U+1E00-1EFF"];
const ARABIC = ["U+0600-06FF", "U+0750-077F", "U+08A0-08FF", "U+FB50-FDFF", "U+FE70-FEFF"];
/** Population above which a city is labelled from zoom 3 rather than zoom 6 (Idlib has 129k). */
const MAJOR_CITY = 100_000;

const ids = BASEMAP_LAYER_IDS;
const C = BASEMAP_COLORS;
const population: ExpressionSpecification = ["get", "population"];
const byZoom = (...stops: (number | ExpressionSpecification)[]) =>
  ["interpolate", ["linear"], ["zoom"], ...stops] as ExpressionSpecification;
/** Three population classes: under 100k, under 1M, 1M and more. */
const byPopulation = ([small, medium, large]: readonly [number, number, number]) =>
  ["step", population, small, 100_000, medium, 1_000_000, large] as ExpressionSpecification;
/** Zoom, then a radius per population class: towns under 100k stay hidden until zoom 6. */
const RADII = [4, [0, 1.5, 3], 6, [1.5, 2.5, 4], 9, [3, 4.5, 6]] as const;
const cityRadius = byZoom(...RADII.map((r) => (typeof r === "number" ? r : byPopulation(r))));

/** world.geojson holds both land polygons and border lines, told apart by `kind`. */
const kind = (k: string): FilterSpecification => ["==", ["get", "kind"], k];
const fill = (id: string, source: string, color: string, extra: object = {}) =>
  ({ id, type: "fill", source, paint: { "fill-color": color }, ...extra }) as LayerSpecification;
const line = (id: string, source: string, color: string, width: ExpressionSpecification) =>
  ({ id, type: "line", source, paint: { "line-color": color, "line-width": width } }) as const;
const borderWidth = byZoom(3, 0.6, 9, 1.8);
const halo = (color: string, width: number) =>
  ({ "text-color": color, "text-halo-color": C.halo, "text-halo-width": width }) as const;

const cityLabels = (id: string, major: boolean): LayerSpecification => ({
  id,
  type: "symbol",
  source: "cities",
  minzoom: major ? 3 : 6,
  filter: [major ? ">=" : "<", population, MAJOR_CITY],
  layout: {
    "text-field": ["get", "name"],
    "text-font": [major ? BOLD : REGULAR],
    "text-size": byPopulation([11, 12, 13.5]),
    "text-variable-anchor": ["left", "right", "top", "bottom"],
    "text-radial-offset": 0.5,
    "text-justify": "auto",
    // Lower keys are placed first: big cities win collisions against towns.
    "symbol-sort-key": ["-", 0, population],
  },
  paint: halo(C.cityLabel, 1.4),
});

const layers: LayerSpecification[] = [
  { id: ids.background, type: "background", paint: { "background-color": C.sea } },
  // Coarse world land fills the view outside the detailed window when zoomed out.
  fill(ids.land, "world", C.land, { maxzoom: 6, filter: kind("land") }),
  fill(ids.countries, "countries", C.land),
  fill(ids.syria, "countries", C.syria, { filter: ["==", ["get", "name"], "Syria"] }),
  fill(ids.governorateFill, GOVERNORATE_SOURCE, C.governorateFill),
  {
    id: ids.governorateLine,
    type: "line",
    source: GOVERNORATE_SOURCE,
    minzoom: 4,
    // Solid: each shared edge is drawn twice (once per polygon), and two dash patterns out of
    // phase would merge into a solid line on some edges but not others.
    paint: { "line-color": C.governorateLine, "line-width": byZoom(4, 0.5, 9, 1.3) },
  },
  // Below zoom 5 the coarse world borders, which do not stop at the window's edges.
  { ...line(ids.worldBorders, "world", C.border, borderWidth), maxzoom: 5, filter: kind("border") },
  { ...line(ids.countryBorders, "country-borders", C.border, borderWidth), minzoom: 5 },
  {
    id: ids.cityPoints,
    type: "circle",
    source: "cities",
    paint: {
      "circle-color": C.city,
      "circle-radius": cityRadius,
      "circle-stroke-color": C.halo,
      "circle-stroke-width": 1,
    },
  },
  // Symbol layers higher in the stack are placed first: big cities, then area names, then towns.
  cityLabels(ids.cityLabelsMinor, false),
  {
    id: ids.countryLabels,
    type: "symbol",
    source: "country-labels",
    maxzoom: 8,
    layout: {
      "text-field": ["upcase", ["get", "name"]],
      "text-font": [REGULAR],
      "text-size": byZoom(3, 10, 7, 14),
      "text-letter-spacing": 0.15,
      "text-max-width": 7,
    },
    paint: halo(C.countryLabel, 1),
  },
  {
    id: ids.governorateLabels,
    type: "symbol",
    source: "governorate-labels",
    minzoom: 5,
    // Damascus governorate is the city itself, which the city layer already names.
    filter: ["!=", ["get", "iso_3166_2"], "SY-DI"],
    layout: {
      "text-field": ["format", ["get", "name_en"], {}, "\n", {}, ["get", "name_ar"], {}],
      "text-font": [REGULAR],
      "text-size": byZoom(5, 10, 9, 14),
      "text-line-height": 1.3,
      // NE's label points often sit on the capital: let the name step aside from the city label.
      "text-variable-anchor": ["center", "top", "bottom"],
      "text-radial-offset": 1,
    },
    paint: halo(C.governorateLabel, 1.2),
  },
  cityLabels(ids.cityLabelsMajor, true),
];

/** `baseUrl` is the app's absolute base, e.g. new URL(import.meta.env.BASE_URL, location.href).href. */
export function basemapStyle(baseUrl: string): StyleSpecification {
  const base = baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
  const geojson = (file: string) => ({ type: "geojson" as const, data: `${base}basemap/${file}` });
  return {
    version: 8,
    name: "Idlib Atlas offline basemap",
    "font-faces": {
      [REGULAR]: [
        { url: notoLatin, "unicode-range": LATIN },
        { url: notoLatinExt, "unicode-range": LATIN_EXT },
        { url: notoArabic, "unicode-range": ARABIC },
      ],
      // Only city names use bold, and they are Latin.
      [BOLD]: [{ url: notoLatinBold, "unicode-range": LATIN }],
    },
    sources: {
      world: geojson("world.geojson"),
      countries: geojson("countries.geojson"),
      "country-borders": geojson("country-borders.geojson"),
      "country-labels": geojson("country-labels.geojson"),
      [GOVERNORATE_SOURCE]: { ...geojson("syria-admin1.geojson"), promoteId: "iso_3166_2" },
      "governorate-labels": geojson("syria-admin1-labels.geojson"),
      cities: { ...geojson("cities.geojson"), attribution: BASEMAP_ATTRIBUTION },
    },
    layers,
  };
}
