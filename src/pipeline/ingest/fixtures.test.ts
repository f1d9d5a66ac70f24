import path from "node:path";
import { describe, expect, it } from "vitest";
import { readCorpus } from "./read-corpus.ts";
import { formatSummary } from "./summary.ts";

/** One file per problem a user's uncleaned folder can hold, plus a few good articles. */
const DIR = path.join(import.meta.dirname, "__fixtures__", "bad");
const corpus = readCorpus(DIR);
const at = (name: string) => path.join(DIR, name);
const skipsOf = (name: string) =>
  corpus.skipped
    .filter((s) => s.file === at(name))
    .map(({ line, kind, reason }) => ({ line, kind, reason }));

describe("reading the folder of bad input", () => {
  it("keeps the good articles, in sorted file order", () => {
    expect(corpus.articles.map((a) => `${path.basename(a.file)}#${a.id}`)).toEqual([
      "broken-lines.jsonl#jsonl-good",
      "dup-id.md#dup-id",
      "dup-text-a.txt#dup-text-a",
      "maarat.md#maarat",
      "saraqib.txt#saraqib",
      "script.html#script",
      "wire-articles.json#json-aleppo",
    ]);
  });

  it.each([
    ["empty.txt", undefined, "empty", /^file is empty$/],
    ["binary.txt", undefined, "binary", /binary file \(contains NUL bytes\)/],
    ["latin1.txt", 2, "invalid-utf8", /not valid UTF-8/],
    ["bad-front-matter.md", 3, "front-matter", /malformed front matter.*"this line has no colon"/],
    ["bad-date.md", 3, "bad-date", /date "2019-02-30" is not a real YYYY-MM-DD day/],
    ["broken.json", 3, "json", /malformed JSON: unexpected character '"' at column 24/],
    [
      "dup-id.txt",
      undefined,
      "duplicate-id",
      /duplicate article id "dup-id" \(already used by .*dup-id\.md\)/,
    ],
  ])("skips %s (line %s) as %s", (name, line, kind, reason) => {
    const skips = skipsOf(name);
    expect(skips).toHaveLength(1);
    expect(skips[0]).toMatchObject({ line, kind });
    expect(skips[0]?.reason).toMatch(reason);
  });

  it("keeps the good line of a JSON Lines file and names the bad ones", () => {
    expect(skipsOf("broken-lines.jsonl")).toEqual([
      {
        line: 2,
        kind: "json",
        reason: "malformed JSON line: unexpected end of input at column 29",
      },
      {
        line: 3,
        kind: "bad-date",
        reason: `"published" "2020-02-31" is not a real YYYY-MM-DD day`,
      },
    ]);
    const good = corpus.articles.find((a) => a.id === "jsonl-good");
    expect(good).toMatchObject({
      line: 1,
      title: "Airstrike on Atarib",
      meta: { date: "2020-01-15" },
    });
  });

  it("reads a JSON array item by item: dates, a later duplicate id, a missing text", () => {
    expect(skipsOf("wire-articles.json")).toEqual([
      { line: 12, kind: "invalid-article", reason: `item 3: "text" is missing` },
      {
        line: 8,
        kind: "duplicate-id",
        reason: expect.stringMatching(/"saraqib" \(already used by .*saraqib\.txt\)/),
      },
    ]);
    const a = corpus.articles.find((x) => x.id === "json-aleppo");
    expect(a?.meta).toEqual({ date: "2020-02-10", source: "Example Wire" });
    expect(a?.title).toBe(a?.text);
  });

  it("reports the same text as a duplicate, not as an error, so mentions count once", () => {
    expect(corpus.duplicates).toEqual([
      { file: at("dup-text-b.txt"), id: "dup-text-b", duplicateOf: "dup-text-a" },
    ]);
    expect(skipsOf("dup-text-b.txt")).toEqual([]);
  });

  it("extracts inert text from HTML with a script and an onerror handler", () => {
    const a = corpus.articles.find((x) => x.id === "script")!;
    expect(a.title).toBe("Strikes on Binnish & Taftanaz | Example News");
    expect(a.meta.date).toBe("2020-01-20");
    expect(a.text).toMatch(
      /^Strikes on Binnish\n\nWarplanes struck Binnish and Taftanaz on Sunday/,
    );
    expect(a.text.toLowerCase()).not.toMatch(/<script|onerror|document\.cookie|home/);
  });

  it("applies metadata.csv by id, ignores its bad row and warns about unknown ids", () => {
    expect(corpus.articles.find((a) => a.id === "saraqib")?.meta).toEqual({
      source: "Local Monitor",
      url: "https://example.org/good",
    });
    expect(skipsOf("metadata.csv")).toEqual([
      {
        line: 3,
        kind: "bad-date",
        reason: expect.stringMatching(/"2019-02-30" for "script" .*row ignored/),
      },
    ]);
    expect(corpus.warnings).toEqual([
      {
        file: at("metadata.csv"),
        line: 4,
        kind: "metadata",
        reason: `metadata for id "not-in-corpus" matches no article`,
      },
    ]);
  });

  it("ignores hidden files, other extensions and subfolders, and counts them", () => {
    const files = corpus.skipped.map((s) => path.basename(s.file));
    expect(files).not.toContain(".DS_Store");
    expect(files).not.toContain("notes.pdf");
    expect(corpus.articles.some((a) => a.file.includes("archive"))).toBe(false);
    expect(formatSummary(corpus.counts)).toBe(
      "Read 7 article(s) from 7 file(s); skipped 12: 1 empty, 1 binary, 1 not valid UTF-8, " +
        "1 malformed front matter, 2 malformed JSON, 1 not an article, 3 impossible date, " +
        "2 duplicate id; 1 duplicate(s) left out; 1 warning(s); 2 other file(s) ignored; 1 subfolder not read",
    );
  });
});
