import { parseArgs } from "node:util";
import { loadGazetteer } from "./load-gazetteer.ts";

/**
 * `npm run build:gazetteer [-- --gazetteer FILE ...]`: compile the readable gazetteer files into
 * the fast form (cached in .cache/gazetteer/; `build:data` does this by itself when a source
 * changed) and report what is in it and every row that could not be read.
 */
function main(): number {
  const { values } = parseArgs({
    options: { gazetteer: { type: "string", multiple: true, default: [] } },
  });
  const started = performance.now();
  const { index, issues, fromCache } = loadGazetteer(process.cwd(), values.gazetteer);
  const ms = performance.now() - started;
  const byKind = new Map<string, number>();
  let syrian = 0;
  for (const e of index.entries()) {
    byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
    if (e.country === "SY") syrian++;
  }
  console.log(
    `${index.size} places (${syrian} in Syria), ${fromCache ? "from the cache" : "compiled"} in ${ms.toFixed(0)} ms`,
  );
  console.log(
    [...byKind]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${n} ${k}`)
      .join(", "),
  );
  for (const i of issues) console.error(`${i.file}:${i.line}: ${i.reason}`);
  return 0;
}

process.exit(main());
