/**
 * The offline basemap: GeoJSON files from public/basemap/ (built by `npm run build:basemap`) and
 * Noto Sans files bundled by Vite. Nothing is fetched from the network.
 */
import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  LayerSpecification,
  StyleSpecification,
} from "maplibre-gl";
import notoArabicBold from "@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff2?url";
import notoArabic from "@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url";
import notoLatinBold from "@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url";
import notoLatinExt from "@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url";
import notoLatin from "@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url";

export const BASEMAP_ATTRIBUTION = "Natural Earth (public domain) · GeoNames (CC BY 4.0)";

/** Source for Syria's 14 governorates; feature ids are their `iso_3166_2` codes (promoteId). */
export const GOVERNORATE_SOURCE = "governorates";

export const BASEMAP_LAYER_IDS = {
  background: "background",
  land: "land",
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
  governorateFill: "#efe6d6",
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

const population: ExpressionSpecification = ["get", "population"];

/** Grows with zoom and population; towns under 100k stay hidden until zoom 6. */
const cityRadius: DataDrivenPropertyValueSpecification<number> = [
  "interpolate",
  ["linear"],
  ["zoom"],
  4,
  ["step", population, 0, 100_000, 1.5, 1_000_000, 3],
  6,
  ["step", population, 1.5, 100_000, 2.5, 1_000_000, 4],
  9,
  ["step", population, 3, 100_000, 4.5, 1_000_000, 6],
];

const cityLabels = (id: string, major: boolean, minzoom: number): LayerSpecification => ({
  id,
  type: "symbol",
  source: "cities",
  minzoom,
  filter: [major ? ">=" : "<", population, MAJOR_CITY],
  layout: {
    "text-field": ["get", "name"],
    "text-font": [major ? BOLD : REGULAR],
    "text-size": ["step", population, 11, 100_000, 12, 1_000_000, 13.5],
    "text-variable-anchor": ["left", "right", "top", "bottom"],
    "text-radial-offset": 0.5,
    "text-justify": "auto",
    // Lower keys are placed first: big cities win collisions against towns.
    "symbol-sort-key": ["-", 0, population],
  },
  paint: {
    "text-color": BASEMAP_COLORS.cityLabel,
    "text-halo-color": BASEMAP_COLORS.halo,
    "text-halo-width": 1.4,
  },
});

const layers: LayerSpecification[] = [
  { id: "background", type: "background", paint: { "background-color": BASEMAP_COLORS.sea } },
  // Coarse world land fills the view outside the detailed window when zoomed out.
  {
    id: "land",
    type: "fill",
    source: "land",
    maxzoom: 6,
    paint: { "fill-color": BASEMAP_COLORS.land },
  },
  {
    id: "countries",
    type: "fill",
    source: "countries",
    paint: { "fill-color": BASEMAP_COLORS.land },
  },
  {
    id: "syria",
    type: "fill",
    source: "countries",
    filter: ["==", ["get", "name"], "Syria"],
    paint: { "fill-color": BASEMAP_COLORS.syria },
  },
  {
    id: "governorate-fill",
    type: "fill",
    source: GOVERNORATE_SOURCE,
    paint: { "fill-color": BASEMAP_COLORS.governorateFill, "fill-opacity": 0.35 },
  },
  {
    id: "governorate-line",
    type: "line",
    source: GOVERNORATE_SOURCE,
    minzoom: 4,
    paint: {
      "line-color": BASEMAP_COLORS.governorateLine,
      "line-width": ["interpolate", ["linear"], ["zoom"], 4, 0.5, 9, 1.5],
      "line-dasharray": [3, 2],
    },
  },
  {
    id: "country-borders",
    type: "line",
    source: "country-borders",
    layout: { "line-join": "round" },
    paint: {
      "line-color": BASEMAP_COLORS.border,
      "line-width": ["interpolate", ["linear"], ["zoom"], 3, 0.6, 9, 1.8],
    },
  },
  {
    id: "city-points",
    type: "circle",
    source: "cities",
    paint: {
      "circle-color": BASEMAP_COLORS.city,
      "circle-radius": cityRadius,
      "circle-stroke-color": BASEMAP_COLORS.halo,
      "circle-stroke-width": 1,
    },
  },
  // Symbol layers higher in the stack are placed first: big cities, then area names, then towns.
  cityLabels("city-labels-minor", false, 6),
  {
    id: "country-labels",
    type: "symbol",
    source: "country-labels",
    maxzoom: 8,
    layout: {
      "text-field": ["upcase", ["get", "name"]],
      "text-font": [REGULAR],
      "text-size": ["interpolate", ["linear"], ["zoom"], 3, 10, 7, 14],
      "text-letter-spacing": 0.15,
      "text-max-width": 7,
    },
    paint: {
      "text-color": BASEMAP_COLORS.countryLabel,
      "text-halo-color": BASEMAP_COLORS.halo,
      "text-halo-width": 1,
    },
  },
  {
    id: "governorate-labels",
    type: "symbol",
    source: "governorate-labels",
    minzoom: 5,
    // Damascus governorate is the city itself, which the city layer already names.
    filter: ["!=", ["get", "iso_3166_2"], "SY-DI"],
    layout: {
      "text-field": [
        "format",
        ["get", "name_en"],
        {},
        "\n",
        {},
        ["get", "name_ar"],
        { "font-scale": 0.95 },
      ],
      "text-font": [REGULAR],
      "text-size": ["interpolate", ["linear"], ["zoom"], 5, 10, 9, 14],
      "text-line-height": 1.3,
      // NE's label points often sit on the capital: let the name step aside from the city label.
      "text-variable-anchor": ["center", "top", "bottom"],
      "text-radial-offset": 1,
    },
    paint: {
      "text-color": BASEMAP_COLORS.governorateLabel,
      "text-halo-color": BASEMAP_COLORS.halo,
      "text-halo-width": 1.2,
      // Governorate names sit behind the cities: faint, like a map's area lettering.
      "text-opacity": 0.85,
    },
  },
  cityLabels("city-labels-major", true, 3),
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
      [BOLD]: [
        { url: notoLatinBold, "unicode-range": LATIN },
        { url: notoArabicBold, "unicode-range": ARABIC },
      ],
    },
    sources: {
      land: geojson("land.geojson"),
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
