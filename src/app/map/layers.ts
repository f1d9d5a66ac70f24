import type { ExpressionSpecification, FilterSpecification, Map as MapLibreMap } from "maplibre-gl";
import { GOVERNORATE_SOURCE } from "./basemap-style";
import { AREA_FILL_COLOR, KIND_COLORS, RING_KINDS, SELECTED_COLOR } from "./place-style";

export const PLACES_SOURCE = "atlas-places";
export const LAYER = {
  areaFill: "atlas-area-fill",
  areaSelected: "atlas-area-selected",
  uncertainty: "atlas-uncertainty",
  places: "atlas-places",
  placeSelected: "atlas-place-selected",
  placeLabels: "atlas-place-labels",
} as const;

/**
 * A `match` over a lookup table. The style-spec type wants at least one literal pair spelled
 * out, which a table built at run time cannot show the compiler; callers pass non-empty tables.
 */
function matchExpression(
  input: ExpressionSpecification,
  pairs: readonly (readonly [string, string | number])[],
  fallback: string | number,
): ExpressionSpecification {
  return ["match", input, ...pairs.flat(), fallback] as unknown as ExpressionSpecification;
}

const kindColor = matchExpression(["get", "kind"], Object.entries(KIND_COLORS), "#64748b");
/** Hollow: areas without a polygon, and places only approximately located. */
const isRing: ExpressionSpecification = [
  "any",
  ["in", ["get", "kind"], ["literal", [...RING_KINDS]]],
  ["get", "approximate"],
];
/** The uncertainty radius on the ground: pixels double with every zoom level. */
const uncertaintyRadius: ExpressionSpecification = [
  "interpolate",
  ["exponential", 2],
  ["zoom"],
  0,
  ["get", "uncertaintyPx0"],
  22,
  ["*", ["get", "uncertaintyPx0"], 2 ** 22],
];
/** Area grows with the count (radius ∝ √count), capped so a hub does not hide its neighbours. */
const radius: ExpressionSpecification = [
  "interpolate",
  ["linear"],
  ["sqrt", ["get", "count"]],
  1,
  5,
  10,
  20,
];

/** Adds the app's sources and layers on top of the basemap (areas under labels, points on top). */
export function addDataLayers(map: MapLibreMap): void {
  map.addSource(PLACES_SOURCE, {
    type: "geojson",
    data: { type: "FeatureCollection", features: [] },
  });
  if (map.getSource(GOVERNORATE_SOURCE)) {
    const firstLabel = map.getStyle().layers.find((l) => l.type === "symbol")?.id;
    map.addLayer(
      {
        id: LAYER.areaFill,
        type: "fill",
        source: GOVERNORATE_SOURCE,
        filter: ["in", ["get", "iso_3166_2"], ["literal", []]],
        paint: { "fill-color": AREA_FILL_COLOR, "fill-opacity": 0.2 },
      },
      firstLabel,
    );
    map.addLayer({
      id: LAYER.areaSelected,
      type: "line",
      source: GOVERNORATE_SOURCE,
      filter: ["==", ["get", "iso_3166_2"], ""],
      paint: { "line-color": SELECTED_COLOR, "line-width": 2.5 },
    });
  }
  map.addLayer({
    id: LAYER.uncertainty,
    type: "circle",
    source: PLACES_SOURCE,
    filter: [">", ["get", "uncertaintyPx0"], 0],
    paint: {
      "circle-radius": uncertaintyRadius,
      "circle-color": kindColor,
      "circle-opacity": 0.04,
      "circle-stroke-color": kindColor,
      "circle-stroke-opacity": 0.3,
      "circle-stroke-width": 1,
    },
  });
  map.addLayer({
    id: LAYER.places,
    type: "circle",
    source: PLACES_SOURCE,
    paint: {
      "circle-radius": radius,
      "circle-color": kindColor,
      "circle-opacity": ["case", isRing, 0, 0.85],
      "circle-stroke-color": ["case", isRing, kindColor, "#ffffff"],
      "circle-stroke-width": ["case", isRing, 2.5, 1.2],
    },
  });
  // Names from zoom 7, where northwest Syria has room for them; the basemap's own city
  // labels skip many of the villages the articles name.
  map.addLayer({
    id: LAYER.placeLabels,
    type: "symbol",
    source: PLACES_SOURCE,
    minzoom: 7,
    layout: {
      "text-field": ["get", "name"],
      "text-font": ["Noto Sans Regular"],
      "text-size": 11.5,
      "text-anchor": "top",
      "text-offset": [0, 0.9],
      "text-optional": true,
    },
    paint: { "text-color": "#1f2933", "text-halo-color": "#ffffff", "text-halo-width": 1.4 },
  });
  map.addLayer({
    id: LAYER.placeSelected,
    type: "circle",
    source: PLACES_SOURCE,
    filter: ["==", ["get", "id"], ""],
    paint: {
      "circle-radius": ["+", radius, 4],
      "circle-opacity": 0,
      "circle-stroke-color": SELECTED_COLOR,
      "circle-stroke-width": 2.5,
    },
  });
}

/** Shades each governorate with mentions in range; darker with more mentions. */
export function areaStyle(countsByCode: ReadonlyMap<string, number>): {
  filter: FilterSpecification;
  opacity: ExpressionSpecification | number;
} {
  const codes = [...countsByCode.keys()];
  const max = Math.max(1, ...countsByCode.values());
  const stops = [...countsByCode].map(([code, n]) => [code, 0.1 + 0.22 * (n / max)] as const);
  return {
    filter: ["in", ["get", "iso_3166_2"], ["literal", codes]],
    opacity: stops.length === 0 ? 0 : matchExpression(["get", "iso_3166_2"], stops, 0),
  };
}
