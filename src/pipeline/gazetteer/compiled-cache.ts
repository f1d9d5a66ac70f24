import { createHash, randomUUID } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { nameKeys } from "../../shared/normalize-name.ts";
import type { LoadedGazetteer } from "./entry.ts";

/**
 * The gazetteer's fast form. The readable sources (GeoNames dumps, our CSVs) take about two
 * seconds to parse and normalise; the compiled form, every entry with its matching keys already
 * computed, loads in a fraction of that. It lives in `.cache/gazetteer/` and is rebuilt whenever
 * a source file or the code that reads them changes.
 */
const CACHE_DIR = ".cache/gazetteer";
const HERE = path.dirname(fileURLToPath(import.meta.url));
/** Code whose change alters the compiled result. */
const CODE_FILES = [
  path.join(HERE, "../../shared/normalize-name.ts"),
  ...readdirSync(HERE)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .map((f) => path.join(HERE, f)),
];

function fingerprint(inputs: readonly string[]): string {
  const hash = createHash("sha256");
  for (const file of [...inputs, ...CODE_FILES]) {
    hash.update(file);
    if (!existsSync(file)) continue;
    const st = statSync(file);
    // Sizes and times for the big inputs; the content of small files (our CSVs and code).
    if (st.size > 2_000_000) hash.update(`${st.size}:${st.mtimeMs}`);
    else hash.update(readFileSync(file));
  }
  return hash.digest("hex").slice(0, 16);
}

/** How many compiled forms to keep (built-in alone, and with a few sets of user files). */
const KEEP = 4;

/** Drop all but the most recently used compiled forms; other writers' temp files are left alone. */
function pruneOldEntries(dir: string): void {
  const entries = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => ({ f, used: statSync(path.join(dir, f)).mtimeMs }))
    .sort((a, b) => b.used - a.used);
  for (const { f } of entries.slice(KEEP)) rmSync(path.join(dir, f), { force: true });
}

/** Add the matching keys to every entry, so the index never normalises at start-up. */
export function compile(loaded: LoadedGazetteer): LoadedGazetteer {
  return { ...loaded, entries: loaded.entries.map((e) => ({ ...e, keys: nameKeys(e.names) })) };
}

/** Load the compiled gazetteer for these inputs from the cache, or build and store it. */
export function cachedCompile(
  root: string,
  inputs: readonly string[],
  build: () => LoadedGazetteer,
): LoadedGazetteer & { fromCache: boolean } {
  const dir = path.join(root, CACHE_DIR);
  const file = path.join(dir, `${fingerprint(inputs)}.json`);
  if (existsSync(file)) {
    try {
      const loaded = JSON.parse(readFileSync(file, "utf8")) as LoadedGazetteer;
      utimesSync(file, new Date(), new Date()); // mark as recently used, for pruning
      return { ...loaded, fromCache: true };
    } catch {
      // A damaged cache is only a cache: fall through and rebuild it.
    }
  }
  const compiled = compile(build());
  try {
    mkdirSync(dir, { recursive: true });
    // A unique temp name: test workers (processes or threads) may compile at the same time.
    const tmp = `${file}.${randomUUID()}.tmp`;
    writeFileSync(tmp, JSON.stringify({ entries: compiled.entries, issues: compiled.issues }));
    renameSync(tmp, file);
    pruneOldEntries(dir);
  } catch {
    // A read-only checkout still builds, just without the speed-up.
  }
  return { ...compiled, fromCache: false };
}
