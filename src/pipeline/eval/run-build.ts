/**
 * Runs the pipeline for the default (no --predicted) mode. Kept apart from cli.ts and loaded
 * lazily, so scoring existing files with --predicted works even when the pipeline module cannot
 * be loaded (it is written separately and may be mid-change).
 */
import { buildData } from "../build.ts";

export async function runBuild(input: string, out: string): Promise<void> {
  // The build report is the pipeline's concern; the scorer reads only the files it wrote.
  await buildData({ input, out });
}
