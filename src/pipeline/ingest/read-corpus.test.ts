import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES, readArticle, readCorpus } from "./read-corpus.ts";

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

  it("reports a path that is a file, not a folder", () => {
    const file = path.join(tempDir(), "article.txt");
    writeFileSync(file, "Title\nText.");
    expect(readCorpus(file).skipped).toEqual([
      { file, kind: "unreadable", reason: "cannot read folder: is not a folder" },
    ]);
  });

  it("skips a file over the default 5 MB limit without reading it, and reads the rest", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "big.txt"), Buffer.alloc(MAX_FILE_BYTES + 1, "a"));
    writeFileSync(path.join(dir, "small.txt"), "Title\nText about Idlib.");
    const corpus = readCorpus(dir);
    expect(corpus.articles.map((a) => a.id)).toEqual(["small"]);
    expect(corpus.skipped).toEqual([
      {
        file: path.join(dir, "big.txt"),
        kind: "too-large",
        reason: `file is ${MAX_FILE_BYTES + 1} bytes, over the ${MAX_FILE_BYTES}-byte limit`,
      },
    ]);
  });

  it("takes the size limit as an option", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "a.txt"), "Title\nText about Idlib.");
    expect(readCorpus(dir, { maxFileBytes: 10 }).skipped[0]?.kind).toBe("too-large");
    expect(readCorpus(dir, { maxFileBytes: 100 }).articles).toHaveLength(1);
  });

  // Root reads chmod-000 files anyway, so the assertion only means something for other users.
  const probe = path.join(tempDir(), "probe.txt");
  writeFileSync(probe, "x");
  chmodSync(probe, 0o000);
  const rootReads = (() => {
    try {
      readFileSync(probe);
      return true;
    } catch {
      return false;
    }
  })();

  it.skipIf(rootReads)("reports an unreadable file and an unreadable folder", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "locked.txt"), "Title\nText.");
    writeFileSync(path.join(dir, "open.txt"), "Title\nText about Idlib.");
    chmodSync(path.join(dir, "locked.txt"), 0o000);
    const corpus = readCorpus(dir);
    expect(corpus.articles.map((a) => a.id)).toEqual(["open"]);
    expect(corpus.skipped).toEqual([
      {
        file: path.join(dir, "locked.txt"),
        kind: "unreadable",
        reason: "cannot read file: permission denied",
      },
    ]);
    chmodSync(dir, 0o000);
    expect(readCorpus(dir).skipped[0]?.reason).toBe("cannot read folder: permission denied");
    chmodSync(dir, 0o700);
  });

  it("counts a subfolder and ignores hidden files and other extensions", () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, "sub"));
    writeFileSync(path.join(dir, "sub", "a.txt"), "Title\nText.");
    writeFileSync(path.join(dir, ".DS_Store"), Buffer.from([0, 0, 0, 1]));
    writeFileSync(path.join(dir, "photo.jpg"), Buffer.from([0xff, 0xd8, 0]));
    writeFileSync(path.join(dir, "a.txt"), "Title\nText.");
    const corpus = readCorpus(dir);
    expect(corpus.skipped).toEqual([]);
    expect(corpus.counts).toMatchObject({ articles: 1, files: 1, ignored: 2, subfolders: 1 });
  });

  it("reports a metadata.csv without an id column and still reads the articles", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "metadata.csv"), "name,date\na,2019-01-01\n");
    writeFileSync(path.join(dir, "a.txt"), "Title\nText.");
    const corpus = readCorpus(dir);
    expect(corpus.articles).toHaveLength(1);
    expect(corpus.skipped).toEqual([
      {
        file: path.join(dir, "metadata.csv"),
        line: 1,
        kind: "metadata",
        reason: 'metadata.csv has no "id" column in its header',
      },
    ]);
  });

  it("lets metadata.csv override inferred title and date (published column)", () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, "metadata.csv"),
      'ID,Published,Title\na,2019-03-04,"Given, quoted"\n',
    );
    writeFileSync(path.join(dir, "a.txt"), "Inferred title\nText.");
    const a = readCorpus(dir).articles[0];
    expect(a).toMatchObject({ title: "Given, quoted", meta: { date: "2019-03-04" } });
  });
});

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), "corpus-"));
}
