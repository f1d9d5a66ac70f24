import { describe, expect, it } from "vitest";
import { loadGazetteer } from "./load-gazetteer.ts";
import { recognize } from "../recognize/recognize.ts";
import { resolveNames } from "../resolve/resolve.ts";

const FIX = "src/pipeline/gazetteer/__fixtures__";

function placeOf(files: string[], text: string, name: string) {
  const { index } = loadGazetteer(process.cwd(), files);
  return resolveNames(text, recognize(text, index)).find((r) => r.text === name)?.entry ?? null;
}

describe("user gazetteers (--gazetteer)", () => {
  it("adds places from a GeoNames dump", () => {
    expect(
      placeOf([`${FIX}/geonames-mini.txt`], "Shelling hit Kafr Testa.", "Kafr Testa")?.id,
    ).toBe("geonames-9000001");
  });

  it("adds spellings from an alternateNames file to GeoNames rows", () => {
    const e = placeOf(
      [`${FIX}/geonames-mini.txt`, `${FIX}/alternateNames-mini.txt`],
      "Shelling hit Bennsh.",
      "Bennsh",
    );
    expect(e?.id).toBe("geonames-9000002");
  });

  it("lets a later file take precedence over an earlier one", () => {
    const e = placeOf(
      [`${FIX}/geonames-mini.txt`, `${FIX}/user.csv`],
      "Shelling hit Kafr Testa.",
      "Kafr Testa",
    );
    expect(e?.source).toMatch(/user correction/);
    expect(e?.lat).toBe(35.6);
  });

  it("lets a user CSV place a village the built-in data lacks", () => {
    const e = placeOf([`${FIX}/user.csv`], "the villages of Termela and Kansafra", "Termela");
    expect(e?.name).toBe("Tramla");
    expect(e?.approximate).toBeUndefined();
  });

  it("reports malformed rows by file and line, and keeps the good ones", () => {
    const { issues } = loadGazetteer(process.cwd(), [
      `${FIX}/user.csv`,
      `${FIX}/geonames-mini.txt`,
      `${FIX}/missing.csv`,
    ]);
    const mine = issues.filter((i) => i.file.startsWith(FIX));
    expect(mine).toEqual([
      { file: `${FIX}/user.csv`, line: 4, reason: 'bad latitude "not-a-number"' },
      { file: `${FIX}/user.csv`, line: 5, reason: 'unknown kind "spaceport"' },
      {
        file: `${FIX}/geonames-mini.txt`,
        line: 3,
        reason: "expected 19 tab-separated GeoNames columns, found 1",
      },
      expect.objectContaining({
        file: `${FIX}/missing.csv`,
        reason: expect.stringMatching(/cannot read/),
      }),
    ]);
  });
});
