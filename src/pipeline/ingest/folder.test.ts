import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES, readCorpus } from "./read-corpus.ts";

describe("readCorpus on a folder a user did not clean", () => {
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

  // A dangling link cannot be read by anyone, root included (chmod 000 would not stop root),
  // so this exercises the same "cannot read file" path on every machine.
  it("reports an unreadable file by name and still reads the others", () => {
    const dir = tempDir();
    symlinkSync(path.join(dir, "gone.txt"), path.join(dir, "locked.txt"));
    writeFileSync(path.join(dir, "open.txt"), "Title\nText about Idlib.");
    const corpus = readCorpus(dir);
    expect(corpus.articles.map((a) => a.id)).toEqual(["open"]);
    expect(corpus.skipped).toEqual([
      {
        file: path.join(dir, "locked.txt"),
        kind: "unreadable",
        reason: "cannot read file: does not exist",
      },
    ]);
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
