import { useEffect, useRef } from "react";
import type { GeoJSONSource, Map as MapLibreMap } from "maplibre-gl";
import { useAtlasStore } from "../store";
import { usePlaceCounts } from "../store/selectors";
import { boundsOfPlaces } from "./fit-to-places";
import { areaStyle, LAYER, PLACES_SOURCE } from "./layers";
import { areaCounts, placeFeaturesInRange } from "./place-features";

/** Zoom to fly to per kind: areas need room, settlements want detail. */
function zoomFor(kind: string): number {
  return kind === "governorate" || kind === "district" || kind === "region" ? 8 : 10;
}

function setReadyFlag(map: MapLibreMap, ready: boolean) {
  map.getContainer().dataset.ready = String(ready);
}

/** Keeps the map's data layers, selection outline and camera requests in step with the store. */
export function useMapData(map: MapLibreMap | null, cameraFromLink: boolean): void {
  const status = useAtlasStore((s) => s.status);
  const places = useAtlasStore((s) => s.dataset.places);
  const placeById = useAtlasStore((s) => s.dataset.placeById);
  const selectedId = useAtlasStore((s) => s.selectedPlaceId);
  const flyRequest = useAtlasStore((s) => s.flyRequest);
  const counts = usePlaceCounts();
  const fitted = useRef(false);
  const handledFlySeq = useRef(0);

  useEffect(() => {
    if (!map || status !== "ready") return;
    map.getSource<GeoJSONSource>(PLACES_SOURCE)?.setData(placeFeaturesInRange(places, counts));
    if (map.getLayer(LAYER.areaFill)) {
      const { filter, opacity } = areaStyle(areaCounts(places, counts));
      map.setFilter(LAYER.areaFill, filter);
      map.setPaintProperty(LAYER.areaFill, "fill-opacity", opacity);
    }
    if (!fitted.current) {
      fitted.current = true;
      if (!cameraFromLink) {
        map.fitBounds(boundsOfPlaces(places), { padding: 56, maxZoom: 10, duration: 0 });
      }
    }
    // Tests and screenshots wait for this; it flips back to false while new data is drawn.
    setReadyFlag(map, false);
    const onIdle = () => setReadyFlag(map, true);
    map.once("idle", onIdle);
    return () => {
      map.off("idle", onIdle);
    };
  }, [map, status, places, counts, cameraFromLink]);

  useEffect(() => {
    if (!map) return;
    const props = selectedId === null ? undefined : placeById.get(selectedId)?.properties;
    map.setFilter(LAYER.placeSelected, ["==", ["get", "id"], props?.id ?? ""]);
    if (map.getLayer(LAYER.areaSelected)) {
      map.setFilter(LAYER.areaSelected, ["==", ["get", "iso_3166_2"], props?.area_code ?? ""]);
    }
  }, [map, selectedId, placeById]);

  useEffect(() => {
    if (!map || !flyRequest || flyRequest.seq === handledFlySeq.current) return;
    handledFlySeq.current = flyRequest.seq;
    const place = placeById.get(flyRequest.placeId);
    if (!place || place.properties.kind === "country") return;
    const [lng, lat] = place.geometry.coordinates as [number, number];
    map.flyTo({
      center: [lng, lat],
      zoom: Math.max(map.getZoom(), zoomFor(place.properties.kind)),
      duration: 900,
    });
  }, [map, flyRequest, placeById]);
}
