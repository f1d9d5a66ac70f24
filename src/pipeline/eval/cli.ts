/**
 * `npm run eval -- --gold FILE [--input DIR] [--out DIR] [--predicted DIR] [--json]`
 *
 * Scores pipeline output against a gold file. Without --predicted it first runs the pipeline on
 * --input into --out (default: a fresh temp folder). Exit 0 whenever scoring ran, whatever the
 * score; 2 for bad arguments or an unreadable/malformed gold or prediction file; 1 if the
 * pipeline itself failed. With --json the last stdout line is the full result as one JSON object.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseEvalArgs, UsageError } from "./args.ts";
import { loadGold, loadPredicted } from "./load.ts";
import { formatReport } from "./report.ts";
import { score } from "./score.ts";
import { EvalInputError } from "./validate.ts";

async function predictionsDir(input: string, out: string | null): Promise<string> {
  // Load the pipeline before creating a temp folder, so a missing module leaves nothing behind.
  const { runBuild } = await import("./run-build.ts");
  const dir = out ?? (await mkdtemp(join(tmpdir(), "idlib-eval-")));
  console.error(`eval: running the pipeline on ${input} into ${dir}`);
  await runBuild(input, dir);
  return dir;
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseEvalArgs(process.argv.slice(2));
  } catch (err) {
    if (err instanceof UsageError) return fail(err.message);
    throw err;
  }
  try {
    // Read the gold first: a broken gold file should not cost a whole pipeline run.
    const gold = await loadGold(args.gold);
    let dir = args.predicted;
    if (dir === null) {
      try {
        dir = await predictionsDir(args.input, args.out);
      } catch (err) {
        console.error(`eval: the pipeline failed: ${describeBuildError(err)}`);
        return 1;
      }
    }
    const result = score(gold, await loadPredicted(dir));
    console.log(`Predictions: ${dir}\nGold: ${args.gold}\n`);
    console.log(formatReport(result));
    if (args.json) console.log(JSON.stringify({ gold: args.gold, predicted: dir, ...result }));
    return 0;
  } catch (err) {
    if (err instanceof EvalInputError) return fail(err.message);
    throw err;
  }
}

/** The pipeline module may not exist yet in a fresh checkout; say so instead of a stack trace. */
function describeBuildError(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === "ERR_MODULE_NOT_FOUND" && String(err).includes("build.ts")) {
    return "src/pipeline/build.ts cannot be loaded; score existing output with --predicted DIR";
  }
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}

function fail(message: string): number {
  console.error(`eval: ${message}`);
  return 2;
}

process.exitCode = await main();
