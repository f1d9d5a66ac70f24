import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildData } from "../build.ts";

const DIR = path.join(import.meta.dirname, "__fixtures__", "bad");

/** Path → sha256 and mode of every file below `dir`. */
function snapshot(dir: string, out = new Map<string, string>()): Map<string, string> {
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    const st = statSync(file);
    if (st.isDirectory()) snapshot(file, out);
    else
      out.set(
        file,
        `${createHash("sha256").update(readFileSync(file)).digest("hex")} ${st.mode} ${st.mtimeMs}`,
      );
  }
  return out;
}

describe("the user's input files", () => {
  it("are never modified by a build", async () => {
    const before = snapshot(DIR);
    const out = path.join(mkdtempSync(path.join(tmpdir(), "ingest-out-")), "data");
    const report = await buildData({ input: DIR, out });
    expect(report.articles).toBe(7);
    expect(snapshot(DIR)).toEqual(before);
  });

  it("are not replaced when the output folder is, or holds, the input folder", async () => {
    const parent = mkdtempSync(path.join(tmpdir(), "ingest-clash-"));
    const input = path.join(parent, "articles");
    cpSync(DIR, input, { recursive: true });
    const before = snapshot(input);
    await expect(buildData({ input, out: input })).rejects.toThrow(/is the input folder/);
    await expect(buildData({ input, out: parent })).rejects.toThrow(/contains the input folder/);
    await expect(buildData({ input: `${input}/./`, out: input })).rejects.toThrow(/input folder/);
    expect(snapshot(input)).toEqual(before);
  });
});
