import type { PlaceKind } from "../../shared/types";
import { AREA_FILL_COLOR, KIND_COLORS } from "../map/place-style";

const POINT_KINDS: PlaceKind[] = ["city", "town", "village", "camp", "crossing", "landmark"];

/** Colour per kind, plus how areas and sizes read. */
export function Legend() {
  return (
    <ul className="legend" aria-label="Map legend">
      {POINT_KINDS.map((kind) => (
        <li key={kind}>
          <span className="swatch" style={{ background: KIND_COLORS[kind] }} aria-hidden="true" />
          {kind}
        </li>
      ))}
      <li>
        <span className="swatch swatch-ring" aria-hidden="true" />
        district / region / approximate (± radius)
      </li>
      <li>
        <span
          className="swatch swatch-area"
          style={{ background: AREA_FILL_COLOR }}
          aria-hidden="true"
        />
        governorate (shaded)
      </li>
      <li className="legend-note">size = mentions in range</li>
    </ul>
  );
}
