import type { DateBasis } from "../../shared/types";
import { formatIsoDay, parseIsoDay } from "../data/days";
import { useAtlasStore } from "../store";
import type { RangePhase } from "../store/filters";
import type { DayWindow } from "./brush-math";
import type { TimelineData } from "./use-timeline-data";

const BASES: { basis: DateBasis; label: string; hint: string }[] = [
  { basis: "event", label: "Event date", hint: "When the reported event happened" },
  { basis: "published", label: "Published", hint: "When the article was published" },
];

interface Props {
  data: TimelineData;
  onWindow: (window: DayWindow, phase: RangePhase) => void;
}

/** Date basis toggle, exact date inputs and reset: the keyboard route to the range. */
export function TimelineControls({ data, onWindow }: Props) {
  const basis = useAtlasStore((s) => s.dateBasis);
  const setDateBasis = useAtlasStore((s) => s.setDateBasis);
  const resetRange = useAtlasStore((s) => s.resetRange);
  const isFiltered = useAtlasStore((s) => s.range !== null);
  const min = formatIsoDay(data.domain.first);
  const max = formatIsoDay(data.domain.last);

  const onDate = (edge: "from" | "to", value: string) => {
    const day = parseIsoDay(value);
    if (day === null) return;
    onWindow({ ...data.window, [edge]: day }, "commit");
  };

  return (
    <div className="timeline-controls">
      <div className="segmented" role="group" aria-label="Date basis">
        {BASES.map((b) => (
          <button
            key={b.basis}
            type="button"
            title={b.hint}
            aria-pressed={basis === b.basis}
            data-testid={`basis-${b.basis}`}
            onClick={() => setDateBasis(b.basis)}
          >
            {b.label}
          </button>
        ))}
      </div>
      {(["from", "to"] as const).map((edge) => (
        <label key={edge} className="date-field">
          {edge === "from" ? "From" : "To"}
          <input
            type="date"
            data-testid={`range-${edge}`}
            min={min}
            max={max}
            value={formatIsoDay(data.window[edge])}
            onChange={(e) => onDate(edge, e.target.value)}
          />
        </label>
      ))}
      <button
        type="button"
        className="button"
        data-testid="range-reset"
        disabled={!isFiltered}
        onClick={resetRange}
      >
        Reset range
      </button>
      <span className="timeline-unit">Bars: mentions per {data.unit}</span>
    </div>
  );
}
