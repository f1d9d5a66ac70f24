/**
 * Small checked readers for JSON read from disk. Every failure names the file and the path
 * inside it (e.g. `articles[2].toponyms[5].start`), so a malformed gold or prediction file
 * can be fixed without guessing which entry is wrong.
 */
import { isValidIsoDay } from "../../shared/calendar.ts";

/** A gold or prediction file that cannot be scored; the CLI prints it and exits non-zero. */
export class EvalInputError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = "EvalInputError";
  }
}

/** True for a real calendar day in `YYYY-MM-DD` form (rejects 2019-02-30). */
export const isIsoDay = isValidIsoDay;

export class Reader {
  constructor(readonly file: string) {}

  fail(path: string, reason: string): never {
    throw new EvalInputError(this.file, path ? `${path}: ${reason}` : reason);
  }

  record(value: unknown, path: string): Record<string, unknown> {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      this.fail(path, "expected an object");
    }
    return value as Record<string, unknown>;
  }

  array(value: unknown, path: string): unknown[] {
    if (!Array.isArray(value)) this.fail(path, "expected an array");
    return value as unknown[];
  }

  string(value: unknown, path: string): string {
    if (typeof value !== "string") this.fail(path, "expected a string");
    return value;
  }

  optionalString(value: unknown, path: string): string | null {
    return value === undefined || value === null ? null : this.string(value, path);
  }

  boolean(value: unknown, path: string): boolean {
    if (typeof value !== "boolean") this.fail(path, "expected true or false");
    return value;
  }

  /** A UTF-16 offset: a non-negative integer. */
  offset(value: unknown, path: string): number {
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
      this.fail(path, "expected a non-negative integer offset");
    }
    return value;
  }

  /** A finite number within [min, max], or null when the field is null or absent. */
  optionalNumber(value: unknown, path: string, min: number, max: number): number | null {
    if (value === undefined || value === null) return null;
    if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max) {
      this.fail(path, `expected a number between ${min} and ${max}, or null`);
    }
    return value;
  }

  isoDay(value: unknown, path: string): string {
    const s = this.string(value, path);
    if (!isIsoDay(s)) this.fail(path, `expected a date YYYY-MM-DD, got "${s}"`);
    return s;
  }

  /** A span [start, end) with start < end. */
  span(obj: Record<string, unknown>, path: string): { start: number; end: number } {
    const start = this.offset(obj["start"], `${path}.start`);
    const end = this.offset(obj["end"], `${path}.end`);
    if (end <= start) this.fail(path, `empty or reversed span ${start}..${end}`);
    return { start, end };
  }
}
