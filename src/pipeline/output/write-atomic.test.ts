import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeFolderAtomically } from "./write-atomic.ts";

describe("writeFolderAtomically", () => {
  it("replaces the folder's files as a whole and leaves no temporary folders", () => {
    const parent = mkdtempSync(path.join(tmpdir(), "out-"));
    const out = path.join(parent, "data");
    writeFolderAtomically(out, { "a.json": "1", "b.json": "1" });
    writeFolderAtomically(out, { "a.json": "2", "b.json": "2" });
    expect(readdirSync(out)).toEqual(["a.json", "b.json"]);
    expect(readFileSync(path.join(out, "a.json"), "utf8")).toBe("2");
    expect(readdirSync(parent)).toEqual(["data"]);
  });

  it("leaves the previous output intact when writing fails", () => {
    const parent = mkdtempSync(path.join(tmpdir(), "out-"));
    const out = path.join(parent, "data");
    mkdirSync(out);
    writeFileSync(path.join(out, "articles.json"), "previous");
    // A file name inside a missing sub-folder makes the write fail half-way.
    expect(() => writeFolderAtomically(out, { "ok.json": "x", "missing/dir.json": "y" })).toThrow();
    expect(readFileSync(path.join(out, "articles.json"), "utf8")).toBe("previous");
    expect(readdirSync(parent)).toEqual(["data"]);
  });
});

describe("writeFolderAtomically keeps what is not its own", () => {
  it("writes beside other files in the folder without touching them", () => {
    const parent = mkdtempSync(path.join(tmpdir(), "out-"));
    const out = path.join(parent, "public");
    mkdirSync(path.join(out, "basemap"), { recursive: true });
    writeFileSync(path.join(out, "basemap", "countries.geojson"), "{}");
    writeFileSync(path.join(out, "articles.json"), "old");
    writeFolderAtomically(out, { "articles.json": "[]" });
    expect(readdirSync(out).sort()).toEqual(["articles.json", "basemap"]);
    expect(readFileSync(path.join(out, "articles.json"), "utf8")).toBe("[]");
    expect(readFileSync(path.join(out, "basemap", "countries.geojson"), "utf8")).toBe("{}");
  });

  it("puts back the output an interrupted swap left only as an old copy, and drops temp folders", () => {
    const parent = mkdtempSync(path.join(tmpdir(), "out-"));
    mkdirSync(path.join(parent, ".data.old-1-1"));
    writeFileSync(path.join(parent, ".data.old-1-1", "articles.json"), "previous");
    mkdirSync(path.join(parent, ".data.tmp-1-1"));
    writeFolderAtomically(path.join(parent, "data"), { "articles.json": "new" });
    expect(readdirSync(parent)).toEqual(["data"]);
    expect(readFileSync(path.join(parent, "data", "articles.json"), "utf8")).toBe("new");
  });
});
