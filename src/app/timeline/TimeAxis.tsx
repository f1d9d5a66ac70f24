import { dayToFraction, type DayDomain } from "./brush-math";
import { binStart, nextBinStart } from "./histogram";

const MONTH = new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" });
const MAX_LABELS = 14;

/** Month ticks under the histogram; every month when they fit, else every 2nd, 3rd, 6th, 12th. */
export function TimeAxis({ domain }: { domain: DayDomain }) {
  const months: number[] = [];
  for (let m = binStart(domain.first, "month"); m <= domain.last; m = nextBinStart(m, "month")) {
    if (m >= domain.first) months.push(m);
  }
  const every = [1, 2, 3, 6, 12].find((n) => months.length / n <= MAX_LABELS) ?? 12;
  const ticks = months.filter((m) => new Date(m * 86_400_000).getUTCMonth() % every === 0);
  return (
    <div className="axis" aria-hidden="true">
      {ticks.map((day) => {
        const date = new Date(day * 86_400_000);
        const isYear = date.getUTCMonth() === 0;
        return (
          <span
            key={day}
            className={`tick${isYear ? " tick-year" : ""}`}
            style={{ left: `${dayToFraction(day, domain) * 100}%` }}
          >
            {isYear ? date.getUTCFullYear() : MONTH.format(date)}
          </span>
        );
      })}
    </div>
  );
}
