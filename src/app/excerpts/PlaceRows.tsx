import { useState } from "react";
import type { PlaceFeature } from "../../shared/types";
import { KIND_COLORS } from "../map/place-style";
import { useAtlasStore } from "../store";

/** Rows rendered before "Show all": keeps range drags smooth with thousands of places. */
const FIRST_ROWS = 100;

export interface RankedPlace {
  place: PlaceFeature;
  count: number;
}

/** Places ranked by mentions in range, as buttons that select the place and fly to it. */
export function PlaceRows({ ranked }: { ranked: RankedPlace[] }) {
  const selectPlace = useAtlasStore((s) => s.selectPlace);
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? ranked : ranked.slice(0, FIRST_ROWS);
  return (
    <>
      <ul className="place-list" data-testid="place-list">
        {shown.map(({ place, count }) => (
          <li key={place.properties.id}>
            <button
              type="button"
              className="place-row"
              onClick={() => selectPlace(place.properties.id, { fly: true })}
            >
              <span
                className="swatch"
                style={{ background: KIND_COLORS[place.properties.kind] }}
                aria-hidden="true"
              />
              <span className="place-name">{place.properties.name}</span>
              <span className="place-kind">{place.properties.kind}</span>
              <span className="place-count">{count}</span>
            </button>
          </li>
        ))}
      </ul>
      {shown.length < ranked.length && (
        <button type="button" className="link-button show-all" onClick={() => setShowAll(true)}>
          Show all {ranked.length} places
        </button>
      )}
    </>
  );
}
