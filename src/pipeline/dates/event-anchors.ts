import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { IsoDay } from "../../shared/types.ts";
import { isValidIsoDay } from "../../shared/calendar.ts";
import { parseCsv } from "../gazetteer/parse-csv.ts";
import type { GazetteerIssue } from "../gazetteer/entry.ts";

/**
 * A named, dated event that reporting refers to without a year ("the Sochi agreement",
 * "Monday's earthquake"). When an article gives no year of its own, the latest such event it
 * speaks of as past bounds its publication date from below.
 */
export interface EventAnchor {
  id: string;
  start: IsoDay;
  end: IsoDay | null;
  name: string;
  /** Alternatives; each is a set of words that must all occur in one sentence. */
  patterns: string[][];
  kind: string;
  source: string;
}

export function parseEventAnchors(
  text: string,
  file: string,
): { anchors: EventAnchor[]; issues: GazetteerIssue[] } {
  const rows = parseCsv(text);
  const header = rows.shift();
  const anchors: EventAnchor[] = [];
  const issues: GazetteerIssue[] = [];
  if (!header) return { anchors, issues };
  const col = new Map(header.fields.map((h, i) => [h.trim().toLowerCase(), i]));
  for (const row of rows) {
    const get = (name: string) => (row.fields[col.get(name) ?? -1] ?? "").trim();
    const start = get("start");
    const end = get("end");
    if (!isValidIsoDay(start) || (end !== "" && !isValidIsoDay(end))) {
      issues.push({
        file,
        line: row.line,
        reason: `bad date "${start}"${end ? ` / "${end}"` : ""}`,
      });
      continue;
    }
    const patterns = get("patterns")
      .split("|")
      .map((alt) =>
        alt
          .split("&")
          .map((w) => w.trim().toLowerCase())
          .filter(Boolean),
      )
      .filter((alt) => alt.length > 0);
    if (patterns.length === 0) {
      issues.push({ file, line: row.line, reason: "no patterns" });
      continue;
    }
    anchors.push({
      id: get("id"),
      start,
      end: end || null,
      name: get("name"),
      patterns,
      kind: get("kind"),
      source: get("source"),
    });
  }
  return { anchors, issues };
}

export const EVENTS_FILE = "data/events/syria-events.csv";

/** The built-in list of dated events, if the project has one. */
export function loadEventAnchors(root: string): {
  anchors: EventAnchor[];
  issues: GazetteerIssue[];
} {
  const file = path.join(root, EVENTS_FILE);
  if (!existsSync(file)) return { anchors: [], issues: [] };
  return parseEventAnchors(readFileSync(file, "utf8"), EVENTS_FILE);
}
