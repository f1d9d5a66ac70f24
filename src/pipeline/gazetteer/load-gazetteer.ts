import { cachedCompile } from "./compiled-cache.ts";
import type { GazetteerIssue, LoadedGazetteer } from "./entry.ts";
import { GazetteerIndex } from "./gazetteer-index.ts";
import { builtinInputs, loadBuiltinGazetteer } from "./load-builtin.ts";
import { loadUserGazetteer } from "./load-user.ts";

/** Built-in data plus the user's files (later ones outrank earlier ones), alternateNames joined. */
function loadSources(root: string, userFiles: readonly string[]): LoadedGazetteer {
  const builtin = loadBuiltinGazetteer(root);
  const entries = [...builtin.entries];
  const issues: GazetteerIssue[] = [...builtin.issues];
  const extraNames = new Map<string, string[]>();
  userFiles.forEach((file, i) => {
    const loaded = loadUserGazetteer(file, 10 + i);
    entries.push(...loaded.entries);
    issues.push(...loaded.issues);
    for (const [id, names] of loaded.alternateNames ?? []) {
      extraNames.set(id, [...(extraNames.get(id) ?? []), ...names]);
    }
  });
  // alternateNames join GeoNames rows from any file, built-in or given.
  for (const e of entries) {
    const more = e.id.startsWith("geonames-") ? extraNames.get(e.id.slice(9)) : undefined;
    if (more) e.names = [...e.names, ...more];
  }
  return { entries, issues };
}

export interface Gazetteer {
  index: GazetteerIndex;
  issues: GazetteerIssue[];
  fromCache: boolean;
}

/** The gazetteer the pipeline matches against, from the compiled cache when it is fresh. */
export function loadGazetteer(root: string, userFiles: readonly string[]): Gazetteer {
  const inputs = [...builtinInputs(root), ...userFiles];
  const loaded = cachedCompile(root, inputs, () => loadSources(root, userFiles));
  return {
    index: new GazetteerIndex(loaded.entries),
    issues: loaded.issues,
    fromCache: loaded.fromCache,
  };
}
