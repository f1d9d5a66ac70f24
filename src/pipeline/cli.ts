import { parseArgs } from "node:util";
import { buildData } from "./build.ts";
import { createNominatimGeocoder } from "./geocode/nominatim.ts";
import { formatSummary } from "./ingest/summary.ts";

/**
 * `npm run build:data -- [--input DIR] [--out DIR] [--gazetteer FILE]... [--strict]
 *   [--geocoder-url URL [--geocoder-cache FILE]]`
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      input: { type: "string", default: "seeds" },
      out: { type: "string", default: "public/data" },
      gazetteer: { type: "string", multiple: true, default: [] },
      strict: { type: "boolean", default: false },
      "geocoder-url": { type: "string" },
      "geocoder-cache": { type: "string", default: "data/geocode-cache.json" },
    },
  });
  const geocoderUrl = values["geocoder-url"];
  const geocoder = geocoderUrl
    ? createNominatimGeocoder({ baseUrl: geocoderUrl, cacheFile: values["geocoder-cache"] })
    : undefined;
  const started = performance.now();
  const report = await buildData({
    input: values.input,
    out: values.out,
    gazetteers: values.gazetteer,
    ...(geocoder ? { geocoder } : {}),
  });
  if (geocoder) {
    const g = geocoder.stats();
    console.log(
      `Geocoder: ${g.requests} request(s), ${g.cacheHits} from cache, ${g.failures} failure(s).`,
    );
  }
  for (const s of report.skipped)
    console.error(`skipped ${s.file}${s.line ? `:${s.line}` : ""}: ${s.reason}`);
  for (const w of report.warnings)
    console.error(`warning ${w.file}${w.line ? `:${w.line}` : ""}: ${w.reason}`);
  for (const d of report.duplicates)
    console.error(
      `duplicate ${d.file}: "${d.id}" has the same text as "${d.duplicateOf}"; left out`,
    );
  for (const g of report.gazetteerIssues)
    console.error(`gazetteer ${g.file}:${g.line}: ${g.reason}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${formatSummary(report.corpusCounts)}.\n` +
      `${report.mentions} mentions of ${report.places} places; gazetteer of ${report.gazetteerSize} entries; ${seconds} s.`,
  );
  if (report.unresolved.length > 0) {
    const names = [...new Set(report.unresolved.map((u) => u.text))];
    console.log(
      `Could not place ${report.unresolved.length} mention(s) of ${names.length} name(s): ${names.join(", ")}`,
    );
  }
  if (report.articles === 0) {
    console.error(
      `Nothing built: no readable articles in ${values.input}. Previous output in ${values.out} left as it was.`,
    );
    return 1;
  }
  console.log(`Wrote ${values.out}/articles.json, mentions.json, places.geojson`);
  return values.strict && report.skipped.length > 0 ? 2 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
