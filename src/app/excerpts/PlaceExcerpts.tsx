import { useMemo } from "react";
import type { PlaceFeature } from "../../shared/types";
import { useAtlasStore } from "../store";
import type { VisibleMention } from "../data/visible-mentions";
import { useVisibleMentions } from "../store/selectors";
import { Excerpt } from "./Excerpt";

/** Oldest first, undated last; ties keep the order of mentions.json. */
function oldestFirst(a: VisibleMention, b: VisibleMention): number {
  if (a.day === b.day) return a.index - b.index;
  if (a.day === null) return 1;
  if (b.day === null) return -1;
  return a.day < b.day ? -1 : 1;
}

/** Every excerpt that mentions the selected place inside the date range, oldest first. */
export function PlaceExcerpts({ place }: { place: PlaceFeature }) {
  const selectPlace = useAtlasStore((s) => s.selectPlace);
  const visible = useVisibleMentions();
  const { id, name, kind, approximate, uncertainty_km, source } = place.properties;
  const own = useMemo(
    () => visible.filter((v) => v.mention.place === id).sort(oldestFirst),
    [visible, id],
  );

  return (
    <div className="panel-body">
      <button type="button" className="link-button" onClick={() => selectPlace(null)}>
        ← All places
      </button>
      <h2 className="panel-title">{name}</h2>
      <p className="panel-hint">
        {kind} · {own.length} excerpt{own.length === 1 ? "" : "s"} in range
        {approximate &&
          ` · approximate${uncertainty_km === undefined ? "" : ` (±${uncertainty_km} km)`}`}
        {` · ${source}`}
      </p>
      {own.length === 0 && (
        <p className="panel-empty">
          No mentions of {name} in this date range. Widen the range below.
        </p>
      )}
      <ol className="excerpt-list">
        {own.map((v) => (
          <li key={v.index}>
            <Excerpt visible={v} />
          </li>
        ))}
      </ol>
    </div>
  );
}
