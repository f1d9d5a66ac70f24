import { useEffect, useRef, useState } from "react";
import type { Map as MapLibreMap } from "maplibre-gl";
import { useAtlasStore } from "../store";
import { createMap } from "./create-map";
import { addDataLayers } from "./layers";
import { PlaceTooltip } from "./PlaceTooltip";
import { useMapData } from "./use-map-data";
import { useMapPointer } from "./use-map-pointer";

/**
 * The map, created once and driven imperatively. The camera never enters the store; MapLibre
 * keeps it in the URL hash. `data-ready` is flipped imperatively by useMapData once the map is
 * idle with the data drawn (React never rewrites the static initial value).
 */
export function MapView() {
  const containerRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [cameraFromLink, setCameraFromLink] = useState(false);
  const addNotices = useAtlasStore((s) => s.addNotices);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const created = createMap(container);
    addNotices(created.problems);
    setCameraFromLink(created.cameraFromLink);
    created.map.on("load", () => {
      addDataLayers(created.map);
      setMap(created.map);
    });
    return () => {
      setMap(null);
      created.map.remove();
    };
  }, [addNotices]);

  useMapData(map, cameraFromLink);
  const hover = useMapPointer(map);

  return (
    <div className="map-wrap">
      <div
        ref={containerRef}
        className="map"
        data-testid="map"
        data-ready="false"
        role="region"
        aria-label="Map of places mentioned in the articles"
      />
      {hover && <PlaceTooltip hover={hover} />}
    </div>
  );
}
