import { useMemo } from "react";
import { useAtlasStore } from "../store";
import { usePlaceCounts, useVisibleMentions } from "../store/selectors";
import { unplacedNames } from "../data/visible-mentions";
import { PlaceRows } from "./PlaceRows";

/** A shared collator: far faster than `localeCompare` when sorting thousands of names. */
const byName = new Intl.Collator("en").compare;

/**
 * What is shown when nothing is selected: every place with mentions in range (a keyboard route
 * to everything on the map), the countries that are not pinned, and names nobody could place.
 */
export function PlaceIndex() {
  const places = useAtlasStore((s) => s.dataset.places);
  const selectPlace = useAtlasStore((s) => s.selectPlace);
  const counts = usePlaceCounts();
  const visible = useVisibleMentions();
  const unplaced = useMemo(() => unplacedNames(visible), [visible]);
  const ranked = useMemo(
    () =>
      places
        .map((place) => ({ place, count: counts.get(place.properties.id) ?? 0 }))
        .filter((p) => p.count > 0)
        .sort(
          (a, b) => b.count - a.count || byName(a.place.properties.name, b.place.properties.name),
        ),
    [places, counts],
  );
  const local = ranked.filter((p) => p.place.properties.kind !== "country");
  const countries = ranked.filter((p) => p.place.properties.kind === "country");

  return (
    <div className="panel-body">
      <h2 className="panel-title">Places in range</h2>
      <p className="panel-hint">
        Select a place on the map or below to read what was reported there.
      </p>
      {local.length === 0 && <p className="panel-empty">No placed mentions in this date range.</p>}
      <PlaceRows ranked={local} />
      {countries.length > 0 && (
        <>
          <h3 className="panel-subtitle">Countries (not pinned)</h3>
          <ul className="chip-list">
            {countries.map(({ place, count }) => (
              <li key={place.properties.id}>
                <button
                  type="button"
                  className="chip"
                  onClick={() => selectPlace(place.properties.id)}
                >
                  {place.properties.name} <span className="chip-count">{count}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {unplaced.length > 0 && (
        <>
          <h3 className="panel-subtitle">Unplaced names</h3>
          <p className="unplaced" data-testid="unplaced">
            {unplaced.map((u) => `${u.name} (${u.count})`).join(", ")}
          </p>
        </>
      )}
    </div>
  );
}
