import { consonantSkeleton, normalizeName } from "../../shared/normalize-name.ts";
import type { GazetteerEntry } from "./entry.ts";
import { distanceKm } from "../geo/distance.ts";
import { AREA_KINDS, type PlaceKind } from "../../shared/types.ts";

/**
 * Name lookup over every loaded entry: normalised key -> entries answering to it.
 * Entries that two files both describe (the same name within a few km) are merged in favour of
 * the higher-ranked file, so a user's correction replaces the built-in row instead of competing.
 */
export class GazetteerIndex {
  private readonly byKey = new Map<string, GazetteerEntry[]>();
  private readonly byId = new Map<string, GazetteerEntry>();
  /** Longest name in tokens; bounds the phrase lengths the matcher tries. */
  readonly maxTokens: number;

  constructor(entries: readonly GazetteerEntry[]) {
    let maxTokens = 1;
    const ordered = [...entries].sort((a, b) => b.rank - a.rank);
    for (const entry of ordered) {
      if (this.byId.has(entry.id)) continue;
      const keys = new Set(entry.keys ?? entry.names.map(normalizeName).filter(Boolean));
      if (keys.size === 0) continue;
      const shadow = [...keys].map((key) => this.shadowOf(key, entry)).find((e) => e);
      if (shadow) {
        // The curated row wins, but a population it leaves out is still worth knowing.
        if (shadow.population === 0 && entry.population > 0) shadow.population = entry.population;
        continue;
      }
      this.byId.set(entry.id, entry);
      for (const key of keys) {
        const list = this.byKey.get(key);
        if (list) list.push(entry);
        else this.byKey.set(key, [entry]);
        maxTokens = Math.max(maxTokens, key.split(" ").length);
      }
    }
    this.maxTokens = maxTokens;
  }

  /** The higher-ranked entry, already indexed under the same key, that is the same place. */
  private shadowOf(key: string, entry: GazetteerEntry): GazetteerEntry | undefined {
    const existing = this.byKey.get(key) ?? [];
    return existing.find(
      (e) =>
        e.rank > entry.rank &&
        isArea(e.kind) === isArea(entry.kind) &&
        (citesSameGeoNamesRow(e, entry) || distanceKm(e.lat, e.lon, entry.lat, entry.lon) < 8),
    );
  }

  private skeletons: Map<string, GazetteerEntry[]> | null = null;

  /**
   * Syrian places by consonant skeleton, built on first use. Areas are left out, and so are
   * cities with short skeletons: "hlb" (Halab, Aleppo) would catch any village sharing three
   * consonants, while "mrt nmn" (Maarat al-Numan) is distinctive enough to keep.
   */
  lookupSkeleton(key: string): readonly GazetteerEntry[] {
    if (!this.skeletons) {
      this.skeletons = new Map();
      for (const [k, entries] of this.byKey) {
        const sk = consonantSkeleton(k);
        if (sk.replace(/ /g, "").length < 3) continue;
        for (const e of entries) {
          if (e.country !== "SY" || AREA_KINDS.includes(e.kind)) continue;
          const big = e.kind === "city" || e.population >= 50_000;
          if (big && sk.replace(/ /g, "").length < 4) continue;
          // Also run together ("Maaretinuman"), for long names only: short ones would collide.
          const keys = sk.includes(" ") && sk.length >= 6 ? [sk, `~${sk.replace(/ /g, "")}`] : [sk];
          for (const key of keys) {
            const list = this.skeletons.get(key) ?? [];
            if (!list.includes(e)) list.push(e);
            this.skeletons.set(key, list);
          }
        }
      }
    }
    const sk = consonantSkeleton(key);
    const found = this.skeletons.get(sk);
    if (found) return found;
    if (!sk.includes(" ")) return this.skeletons.get(`~${sk}`) ?? [];
    // "Kin Safra" for Kansafra: a name split in two that the gazetteer writes as one word.
    const joined = sk.replace(/ /g, "");
    return joined.length >= 5 ? (this.skeletons.get(joined) ?? []) : [];
  }

  lookup(key: string): readonly GazetteerEntry[] {
    return this.byKey.get(key) ?? [];
  }

  get(id: string): GazetteerEntry | undefined {
    return this.byId.get(id);
  }

  get size(): number {
    return this.byId.size;
  }

  entries(): IterableIterator<GazetteerEntry> {
    return this.byId.values();
  }
}

function isArea(kind: PlaceKind): boolean {
  return AREA_KINDS.includes(kind);
}

function citesSameGeoNamesRow(a: GazetteerEntry, b: GazetteerEntry): boolean {
  const ids = (e: GazetteerEntry) => [...e.source.matchAll(/GeoNames (\d+)/g)].map((m) => m[1]);
  const bIds = new Set(ids(b));
  return ids(a).some((id) => bIds.has(id));
}
