import { useEffect, useState } from "react";
import type { Map as MapLibreMap, MapMouseEvent } from "maplibre-gl";
import type { PlaceFeature } from "../../shared/types";
import { useAtlasStore } from "../store";
import { LAYER } from "./layers";

export interface HoveredPlace {
  place: PlaceFeature;
  x: number;
  y: number;
}

/** The place under the pointer: a circle first, else a shaded governorate. */
function placeAt(map: MapLibreMap, event: MapMouseEvent, governorates: Map<string, PlaceFeature>) {
  const layers = [LAYER.places, LAYER.areaFill].filter((id) => map.getLayer(id));
  const [top] = map.queryRenderedFeatures(event.point, { layers });
  if (!top) return undefined;
  const { placeById } = useAtlasStore.getState().dataset;
  if (top.layer.id === LAYER.places) return placeById.get(String(top.properties.id));
  return governorates.get(String(top.properties.iso_3166_2));
}

/** Hover tooltip state and click-to-select for places drawn on the map. */
export function useMapPointer(map: MapLibreMap | null): HoveredPlace | null {
  const [hover, setHover] = useState<HoveredPlace | null>(null);
  const places = useAtlasStore((s) => s.dataset.places);
  const selectPlace = useAtlasStore((s) => s.selectPlace);

  useEffect(() => {
    if (!map) return;
    const governorates = new Map<string, PlaceFeature>();
    for (const p of places) {
      if (p.properties.kind === "governorate" && p.properties.area_code) {
        governorates.set(p.properties.area_code, p);
      }
    }
    const onMove = (event: MapMouseEvent) => {
      const place = placeAt(map, event, governorates);
      map.getCanvas().style.cursor = place ? "pointer" : "";
      setHover(place ? { place, x: event.point.x, y: event.point.y } : null);
    };
    const onClick = (event: MapMouseEvent) => {
      const place = placeAt(map, event, governorates);
      if (place) selectPlace(place.properties.id);
    };
    const onLeave = () => setHover(null);
    map.on("mousemove", onMove);
    map.on("click", onClick);
    map.getCanvas().addEventListener("mouseleave", onLeave);
    return () => {
      map.off("mousemove", onMove);
      map.off("click", onClick);
      map.getCanvas().removeEventListener("mouseleave", onLeave);
    };
  }, [map, places, selectPlace]);

  return hover;
}
