import { useVisibleMentions } from "../store/selectors";
import type { HoveredPlace } from "./use-map-pointer";

function describeConfidence(values: number[]): string | null {
  if (values.length === 0) return null;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return `${Math.round(mean * 100)}% mean confidence`;
}

/** What a hovered place is and how sure we are of it; positioned next to the pointer. */
export function PlaceTooltip({ hover }: { hover: HoveredPlace }) {
  const visible = useVisibleMentions();
  const props = hover.place.properties;
  const own = visible.filter((v) => v.mention.place === props.id);
  const confidences = own.flatMap((v) =>
    v.mention.confidence === undefined ? [] : [v.mention.confidence],
  );
  const confidence = describeConfidence(confidences);
  return (
    <div className="tooltip" role="tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }}>
      <div className="tooltip-name">{props.name}</div>
      <div className="tooltip-meta">
        {props.kind} · {own.length} mention{own.length === 1 ? "" : "s"} in range
      </div>
      {props.approximate && (
        <div className="tooltip-warn">
          Approximate location
          {props.uncertainty_km !== undefined && ` (±${props.uncertainty_km} km)`}
        </div>
      )}
      {confidence && <div className="tooltip-meta">{confidence}</div>}
      <div className="tooltip-source">Source: {props.source}</div>
    </div>
  );
}
