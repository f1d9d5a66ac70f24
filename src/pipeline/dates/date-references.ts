import { monthNumber, WEEKDAYS } from "../../shared/calendar.ts";

/** A date expression found in text, with whatever parts it states. */
export interface DateReference {
  start: number;
  end: number;
  kind: "full" | "month-day" | "month-year" | "month" | "weekday" | "year";
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  /** "last September", "last month": the reference points back from the writing date. */
  last?: boolean;
  /** "in its April report", "just in April", "in January": a month spoken of as finished. */
  completed?: boolean;
  /** "early April", "mid-April", "late April": the part of the month meant. */
  part?: "early" | "mid" | "late";
  /** Spoken of as still to come ("will be held from January 29-30"): not a past event. */
  future?: boolean;
}

const FUTURE_CUE =
  /\b(?:will|would|upcoming|is set to|are set to|scheduled|planned|next|(?:to|and) (?:start|begin|resume|open|launch|hold))\b[^.]{0,60}$/i;

const MONTH =
  "(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:tember|t\\.?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "((?:19|20)\\d{2})";

// Order matters: longer forms are tried first and their spans block shorter ones.
const PATTERNS: Array<[RegExp, (m: RegExpExecArray) => Omit<DateReference, "start" | "end">]> = [
  [
    new RegExp(`\\b${MONTH} ${DAY}(?:\\s*[-–]\\s*\\d{1,2})?(?:,\\s*| )${YEAR}\\b`, "g"),
    (m) => ({ kind: "full", month: monthNumber(m[1]!), day: Number(m[2]), year: Number(m[3]) }),
  ],
  [
    new RegExp(`\\b${DAY} ${MONTH}(?:,\\s*| )${YEAR}\\b`, "g"),
    (m) => ({ kind: "full", day: Number(m[1]), month: monthNumber(m[2]!), year: Number(m[3]) }),
  ],
  [
    /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/g,
    (m) => ({ kind: "full", year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }),
  ],
  [
    new RegExp(`\\b${MONTH},? ${YEAR}\\b`, "g"),
    (m) => ({ kind: "month-year", month: monthNumber(m[1]!), year: Number(m[2]) }),
  ],
  [
    new RegExp(`\\b${MONTH} ${DAY}\\b(?!\\s*(?:,\\s*)?(?:19|20)\\d{2})`, "g"),
    (m) => ({ kind: "month-day", month: monthNumber(m[1]!), day: Number(m[2]) }),
  ],
  [
    new RegExp(`\\b${DAY} ${MONTH}\\b`, "g"),
    (m) => ({ kind: "month-day", day: Number(m[1]), month: monthNumber(m[2]!) }),
  ],
  [
    new RegExp(
      `\\b([Ll]ast |[Tt]his |[Ss]ince |(?:[Ii]n )?(?:early |late |mid-|mid )|[Ii]n |its |just in |mid-)?${MONTH}\\b(?= report|[ ,.;]|$)`,
      "g",
    ),
    (m) => {
      const lead = (m[1] ?? "").trim().toLowerCase();
      const part = /early$/.test(lead)
        ? "early"
        : /late$/.test(lead)
          ? "late"
          : /mid-?$/.test(lead)
            ? "mid"
            : undefined;
      return {
        kind: "month",
        month: monthNumber(m[2]!),
        last: lead === "last",
        // "In late April" is over: the text is from after it.
        completed:
          ["in", "its", "just in"].includes(lead) || (part !== undefined && lead.startsWith("in ")),
        ...(part ? { part } : {}),
      };
    },
  ],
  [
    // "on Friday", and news-agency style "said Thursday".
    /\b(?:on|last|this|since|by|from|until|late|early|said|says|announced|reported|told|added|confirmed|agreed|warned|declared) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
    (m) => ({
      kind: "weekday",
      weekday: WEEKDAYS.indexOf(m[1]!.toLowerCase() as (typeof WEEKDAYS)[number]),
    }),
  ],
  [
    /\b(?:in|since|of|early|late|mid-|until|by) ((?:19|20)\d{2})\b/g,
    (m) => ({ kind: "year", year: Number(m[1]) }),
  ],
];

/** Every date expression in `text`, in order, non-overlapping. */
export function findDateReferences(text: string): DateReference[] {
  const found: DateReference[] = [];
  // One flag per character: checking a span costs its length, not the number found so far
  // (a long article full of dates would otherwise take quadratic time).
  const taken = new Uint8Array(text.length);
  const covered = (s: number, e: number) => taken.subarray(s, e).includes(1);
  for (const [pattern, build] of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (covered(start, end)) continue;
      const ref: DateReference = { start, end, ...build(m as RegExpExecArray) };
      const sentenceSoFar =
        text
          .slice(Math.max(0, start - 80), start)
          .split(/[.!?]\s/)
          .pop() ?? "";
      if (FUTURE_CUE.test(sentenceSoFar)) ref.future = true;
      // "May" is also a verb: only trust it with a day or year attached.
      if (
        ref.kind === "month" &&
        /\bmay\b/i.test(m[0]) &&
        !/^[A-Z]/.test(m[0].trim().split(" ").pop() ?? "")
      )
        continue;
      if (ref.kind === "month" && /may$/i.test(m[0]) && !m[1]) continue;
      if (ref.month === 0 || (ref.day !== undefined && (ref.day < 1 || ref.day > 31))) continue;
      found.push(ref);
      taken.fill(1, start, end);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
