/** End-to-end: runs the real CLI on files in a temp folder, as outside checks will. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const CLI = fileURLToPath(new URL("./cli.ts", import.meta.url));
const TEXT = "Shelling hit Saraqib in Idlib.";

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function fixture(): { gold: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), "eval-cli-test-"));
  made.push(dir);
  const gold = join(dir, "gold.json");
  const toponyms = [
    { text: "Saraqib", start: 13, end: 20, place: "saraqib", required: true },
    { text: "Idlib", start: 24, end: 29, place: "idlib", required: true },
  ];
  const places = {
    saraqib: { name: "Saraqib", lat: 35.86, lon: 36.8, kind: "town" },
    idlib: { name: "Idlib", lat: 35.8, lon: 36.6, kind: "governorate" },
  };
  const article = { id: "a1", published: "2019-05-04", published_precision: "day", toponyms };
  writeFileSync(gold, JSON.stringify({ version: 1, articles: [article], places }));
  const art = { id: "a1", title: "t", published: "2019-05-04", published_basis: "x", text: TEXT };
  writeFileSync(join(dir, "articles.json"), JSON.stringify([art]));
  const mentions = toponyms.map((t) => ({ article: "a1", ...t, place: t.place, date: null }));
  writeFileSync(join(dir, "mentions.json"), JSON.stringify(mentions));
  const features = Object.entries(places).map(([id, p]) => ({
    type: "Feature",
    geometry: { type: "Point", coordinates: [p.lon, p.lat] },
    properties: { id, name: p.name, kind: p.kind, source: "test", mentions: 1 },
  }));
  writeFileSync(
    join(dir, "places.geojson"),
    JSON.stringify({ type: "FeatureCollection", features }),
  );
  return { gold, dir };
}

const run = (args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", CLI, ...args], { encoding: "utf8" });

describe("eval CLI", () => {
  it("scores perfect predictions as 1.0 and ends stdout with the JSON result", () => {
    const { gold, dir } = fixture();
    const res = run(["--gold", gold, "--predicted", dir, "--json"]);
    expect(res.stderr).toBe("");
    expect(res.status).toBe(0);
    expect(res.stdout).toContain("OVERALL");
    const last = res.stdout.trimEnd().split("\n").at(-1) ?? "";
    const json = JSON.parse(last) as { overall: { recall: unknown; acc25: unknown } };
    expect(json.overall.recall).toEqual({ hit: 2, n: 2, value: 1 });
    expect(json.overall.acc25).toEqual({ hit: 1, n: 1, value: 1 });
  }, 20_000);

  it("exits non-zero naming the file when a prediction file is malformed", () => {
    const { gold, dir } = fixture();
    writeFileSync(join(dir, "mentions.json"), "[{");
    const res = run(["--gold", gold, "--predicted", dir]);
    expect(res.status).toBe(2);
    expect(res.stderr).toContain(join(dir, "mentions.json"));
    expect(res.stderr).toContain("not valid JSON");
  }, 20_000);
});
