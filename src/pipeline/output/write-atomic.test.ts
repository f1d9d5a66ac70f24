import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeFolderAtomically } from "./write-atomic.ts";

describe("writeFolderAtomically", () => {
  it("replaces the folder's files as a whole and leaves no temporary folders", () => {
    const parent = mkdtempSync(path.join(tmpdir(), "out-"));
    const out = path.join(parent, "data");
    writeFolderAtomically(out, { "a.json": "1" });
    writeFolderAtomically(out, { "b.json": "2" });
    expect(readdirSync(out)).toEqual(["b.json"]);
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
