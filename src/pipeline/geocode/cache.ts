import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { isGeocodeHit, type GeocodeHit } from "./parse.ts";

/** `undefined` from `get` means "never asked"; `null` is a cached "not found". */
export interface GeocodeCache {
  get(key: string): Promise<GeocodeHit | null | undefined>;
  set(key: string, value: GeocodeHit | null): Promise<void>;
  /** Write the file if anything changed; reports problems through `warn` and never rejects. */
  flush(): Promise<void>;
}

interface State {
  entries: Map<string, GeocodeHit | null>;
  /** The file on disk could not be read: keep it as evidence instead of silently replacing it. */
  corrupt: boolean;
  dirty: boolean;
}

function parseCache(text: string): Map<string, GeocodeHit | null> {
  const data: unknown = JSON.parse(text);
  if (typeof data !== "object" || data === null || Array.isArray(data))
    throw new Error("top level is not a JSON object");
  const entries = new Map<string, GeocodeHit | null>();
  for (const [key, value] of Object.entries(data)) {
    if (value !== null && !isGeocodeHit(value))
      throw new Error(`entry ${JSON.stringify(key)} is neither a place nor null`);
    entries.set(key, value);
  }
  return entries;
}

/** Sorted keys and a fixed field order, so that the same answers always give the same bytes. */
export function serializeCache(entries: ReadonlyMap<string, GeocodeHit | null>): string {
  const out: Record<string, GeocodeHit | null> = {};
  for (const key of [...entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const v = entries.get(key) ?? null;
    out[key] = v && {
      name: v.name,
      lat: v.lat,
      lon: v.lon,
      kind: v.kind,
      source: v.source,
      ...(v.importance === undefined ? {} : { importance: v.importance }),
    };
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}

const reasonOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function createGeocodeCache(
  file: string,
  warn: (message: string) => void,
  now: () => number,
): GeocodeCache {
  let loading: Promise<State> | undefined;

  async function load(): Promise<State> {
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT")
        return { entries: new Map(), corrupt: false, dirty: false };
      warn(`geocode cache ${file} cannot be read (${reasonOf(e)}); starting empty`);
      return { entries: new Map(), corrupt: true, dirty: false };
    }
    try {
      return { entries: parseCache(text), corrupt: false, dirty: false };
    } catch (e) {
      warn(`geocode cache ${file} is corrupt (${reasonOf(e)}); starting empty`);
      return { entries: new Map(), corrupt: true, dirty: false };
    }
  }
  // Loaded once, on first use: a build that never geocodes never touches the file.
  const state = (): Promise<State> => (loading ??= load());

  return {
    async get(key) {
      return (await state()).entries.get(key);
    },
    async set(key, value) {
      const s = await state();
      s.entries.set(key, value);
      s.dirty = true;
    },
    async flush() {
      const s = await state();
      if (!s.dirty) return;
      try {
        await mkdir(path.dirname(path.resolve(file)), { recursive: true });
        if (s.corrupt) {
          const stamp = new Date(now()).toISOString().replace(/[:.]/g, "-");
          await rename(file, `${file}.corrupt-${stamp}`).catch((e: NodeJS.ErrnoException) => {
            if (e.code !== "ENOENT") throw e; // already gone: nothing left to keep
          });
          s.corrupt = false;
        }
        // Temp file + rename: an interrupted build leaves the previous cache whole.
        const tmp = `${file}.tmp-${process.pid}`;
        await writeFile(tmp, serializeCache(s.entries));
        await rename(tmp, file);
        s.dirty = false;
      } catch (e) {
        warn(`geocode cache ${file} could not be written (${reasonOf(e)})`);
      }
    },
  };
}
