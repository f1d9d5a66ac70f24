import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readArticle, readCorpus } from "./read-corpus.ts";

const read = (content: string | Buffer) =>
  readArticle("folder/a1.txt", Buffer.isBuffer(content) ? content : Buffer.from(content));

describe("readArticle", () => {
  it("keeps the text exactly and takes the first non-empty line as title", () => {
    const text = "\n\n  Assad regime steps up attacks in Idlib \r\nBody’s text.\n";
    const a = read(text);
    expect(a).toMatchObject({ id: "a1", title: "Assad regime steps up attacks in Idlib", text });
  });

  it("takes metadata from front matter, with offsets still into the whole file", () => {
    const text =
      "---\ntitle: Given title\ndate: 2019-05-03\nurl: https://example.org/a\n---\nHeadline\nBody";
    const a = read(text);
    expect(a).toMatchObject({
      title: "Given title",
      meta: { date: "2019-05-03", url: "https://example.org/a" },
    });
    expect("bodyStart" in a && text.slice(a.bodyStart)).toBe("Headline\nBody");
  });

  it.each([
    ["", /empty/],
    [" \n\t\n", /whitespace/],
    [Buffer.from([0x48, 0x00, 0x49]), /binary/],
    [Buffer.from([0x48, 0xc3, 0x28]), /UTF-8/],
    [Buffer.from([0xff, 0xfe, 0x48, 0x00]), /UTF-16 encoded text; save it as UTF-8/],
    ["---\ntitle: x\nBody without closing", /never closed/],
    ["---\ndate: 2019-02-30\n---\nBody", /not a real/],
  ])("rejects bad input %#", (content, reason) => {
    const r = read(content);
    expect("reason" in r && r.reason).toMatch(reason);
    expect(r.file).toBe("folder/a1.txt");
  });
});

describe("readCorpus", () => {
  it("reads the good files and reports the bad ones by name", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "corpus-"));
    writeFileSync(path.join(dir, "good.txt"), "Title\nText about Idlib.");
    writeFileSync(path.join(dir, "empty.txt"), "");
    writeFileSync(path.join(dir, "ignored.png"), "not an article");
    const corpus = readCorpus(dir);
    expect(corpus.articles.map((a) => a.id)).toEqual(["good"]);
    expect(corpus.skipped).toEqual([
      { file: path.join(dir, "empty.txt"), kind: "empty", reason: "file is empty" },
    ]);
  });

  it("reports a missing folder instead of throwing", () => {
    const corpus = readCorpus("/nonexistent/folder");
    expect(corpus.articles).toEqual([]);
    expect(corpus.skipped).toEqual([
      {
        file: "/nonexistent/folder",
        kind: "unreadable",
        reason: "cannot read folder: does not exist",
      },
    ]);
  });
});
