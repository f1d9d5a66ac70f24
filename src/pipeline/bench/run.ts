import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { geoparseArticle } from "../geoparse-article.ts";
import { loadEventAnchors } from "../dates/event-anchors.ts";
import { loadGazetteer } from "../gazetteer/load-gazetteer.ts";
import { syntheticArticles } from "./synthetic-corpus.ts";

/**
 * `npm run bench [-- --articles N]`: time and memory of the pipeline's stages on a synthetic
 * corpus. Numbers are printed, never asserted: speed targets are judged from these runs.
 */
function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

function main(): void {
  const { values } = parseArgs({ options: { articles: { type: "string", default: "2000" } } });
  const count = Number(values.articles);
  const root = process.cwd();

  let t = performance.now();
  const cold = loadGazetteer(root, []);
  const loadMs = performance.now() - t;
  t = performance.now();
  loadGazetteer(root, []);
  const warmMs = performance.now() - t;
  console.log(
    `gazetteer: ${cold.index.size} entries; load ${loadMs.toFixed(0)} ms (${cold.fromCache ? "cached" : "compiled"}), then ${warmMs.toFixed(0)} ms from the compiled cache`,
  );

  const seeds = readdirSync("seeds").map((f) => readFileSync(path.join("seeds", f), "utf8"));
  const names = [...cold.index.entries()].filter((e) => e.country === "SY").map((e) => e.name);
  const texts = syntheticArticles(seeds, names, count);
  const events = loadEventAnchors(root).anchors;
  const chars = texts.reduce((s, x) => s + x.length, 0);

  t = performance.now();
  let mentions = 0;
  let peak = process.memoryUsage().rss;
  texts.forEach((text, i) => {
    const r = geoparseArticle(
      { id: `s${i}`, file: `s${i}.txt`, text, bodyStart: 0, title: "", meta: {} },
      cold.index,
      events,
    );
    mentions += r.mentions.length;
    if (i % 100 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  });
  const ms = performance.now() - t;
  console.log(
    `geoparse: ${count} articles (${(chars / 1e6).toFixed(1)} M chars), ${mentions} mentions in ${(ms / 1000).toFixed(2)} s`,
  );
  console.log(
    `  ${((count / ms) * 1000).toFixed(0)} articles/s, ${((mentions / ms) * 1000).toFixed(0)} mentions/s, ${(ms / count).toFixed(2)} ms/article`,
  );
  console.log(
    `  peak RSS ${mb(peak)}; at 100,000 articles this rate means ~${(((100_000 / count) * ms) / 1000 / 60).toFixed(1)} min single-threaded`,
  );
}

main();
