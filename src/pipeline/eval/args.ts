/** Command-line arguments of `npm run eval`, parsed without I/O so they can be unit-tested. */
import { parseArgs } from "node:util";

export const USAGE =
  "usage: npm run eval -- --gold FILE [--input DIR] [--out DIR] [--predicted DIR] [--json]";

export interface EvalArgs {
  gold: string;
  /** Seed folder the pipeline reads when it is run (no --predicted). */
  input: string;
  /** Where the pipeline writes; null means a fresh temporary folder. */
  out: string | null;
  /** Score these existing files instead of running the pipeline. */
  predicted: string | null;
  json: boolean;
}

export class UsageError extends Error {
  constructor(reason: string) {
    super(`${reason}\n${USAGE}`);
    this.name = "UsageError";
  }
}

export function parseEvalArgs(argv: readonly string[]): EvalArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        gold: { type: "string" },
        input: { type: "string" },
        out: { type: "string" },
        predicted: { type: "string" },
        json: { type: "boolean" },
      },
    }));
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  if (!values.gold) throw new UsageError("missing --gold FILE");
  if (values.predicted && (values.input || values.out)) {
    // Silently ignoring them would score different files than the user thinks.
    throw new UsageError(
      "--predicted scores existing files; it cannot be combined with --input/--out",
    );
  }
  return {
    gold: values.gold,
    input: values.input ?? "seeds",
    out: values.out ?? null,
    predicted: values.predicted ?? null,
    json: values.json ?? false,
  };
}
