import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidIsoDay } from "../../shared/calendar.ts";
import { extractHtml } from "./html-extract.ts";
import { checkJson } from "./json-check.ts";
import { readArticle, readFile } from "./read-corpus.ts";
import { readJson, readJsonl } from "./read-json.ts";
import type { FileResult, SkippedFile, SourceArticle } from "./types.ts";

const RUNS = { numRuns: 1000 };

/** Pieces that steer random input into the readers' interesting branches. */
const PIECES = [
  ...["---\n", "---\r\n", "title: x\n", "date: 2019-02-30\n", "date: 2019-05-03\n", "key\n"],
  ...["\r\n", "\r", "\n\n", " ", "\u0000", "\uFEFF", "\u00e9", "\ud800", "😀", "&amp;", "&#0;"],
  ...["<script>", "</script>", "<SCRIPT src=x>", "<p>", "</p>", "<br/>", "<!--", "-->", "<"],
  ...['<img src=x onerror="alert(1)">', "<title>", "</title>", "<h1>", "<header>", "&lt;script"],
  ...[
    '<meta property="article:published_time" content="2019-02-29">',
    '<time datetime="2019-01-01">',
  ],
  ...['{"text": "a"}', '{"id": 1, "text": "b", "published": "2019-02-30"}', "[", "]", ",", '"'],
];
const soup = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: "binary", maxLength: 12 })), {
    maxLength: 24,
  })
  .map((parts) => parts.join(""));
const anyText = fc.oneof(soup, fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }));
const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 200 }),
  anyText.map((s) => new TextEncoder().encode(s)),
);
const extension = fc.constantFrom(".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".TXT");

function checkSkip(s: SkippedFile, file: string) {
  expect(s.file).toBe(file);
  expect(s.reason.trim()).not.toBe("");
  if (s.line !== undefined) expect(s.line).toBeGreaterThanOrEqual(1);
}

function checkArticle(a: SourceArticle, file: string) {
  expect(a.file).toBe(file);
  expect(a.id.trim()).not.toBe("");
  expect(a.bodyStart).toBeGreaterThanOrEqual(0);
  expect(a.bodyStart).toBeLessThanOrEqual(a.text.length);
  expect(a.text.slice(a.bodyStart).trim()).not.toBe("");
  if (a.meta.date !== undefined) expect(isValidIsoDay(a.meta.date)).toBe(true);
}

function checkResult(r: FileResult, file: string) {
  r.articles.forEach((a) => checkArticle(a, file));
  [...r.skipped, ...r.warnings].forEach((s) => checkSkip(s, file));
}

describe("fuzzing the readers", () => {
  it("readArticle: any bytes give a valid article or a skip with a reason", () => {
    fc.assert(
      fc.property(anyBytes, fc.constantFrom(".txt", ".md", ".html"), (bytes, ext) => {
        const file = `in/f${ext}`;
        const r = readArticle(file, bytes);
        if ("reason" in r) return checkSkip(r, file);
        checkArticle(r, file);
        // Text formats keep the file exactly: every offset indexes into what was read.
        if (ext !== ".html") expect(r.text).toBe(new TextDecoder().decode(bytes));
        else expect(r.text.toLowerCase()).not.toContain("<script");
      }),
      RUNS,
    );
  });

  it("readFile: any bytes under any supported extension never throw", () => {
    fc.assert(
      fc.property(anyBytes, extension, (bytes, ext) => {
        checkResult(readFile(`in/f${ext}`, bytes, 150), `in/f${ext}`);
      }),
      RUNS,
    );
  });

  it("readJson and readJsonl: any string never throws", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkResult(readJson("a.json", text), "a.json");
        checkResult(readJsonl("a.jsonl", text), "a.jsonl");
      }),
      RUNS,
    );
  });

  it("readJson: arbitrary JSON values never throw, and texts are kept exactly", () => {
    const record = fc.record(
      {
        id: fc.jsonValue(),
        text: fc.oneof(fc.string(), fc.jsonValue()),
        published: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), record, fc.array(record)), (value) => {
        const text = JSON.stringify(value) ?? "null";
        const r = readJson("a.json", text);
        checkResult(r, "a.json");
        const items = Array.isArray(value) ? value : [value];
        const texts = new Set(items.map((v) => (v as { text?: unknown } | null)?.text));
        r.articles.forEach((a) => expect(texts.has(a.text)).toBe(true));
      }),
      RUNS,
    );
  });

  it("checkJson agrees with JSON.parse on validity", () => {
    const mutated = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom("", ",", "]", "}", '"', " ", "\u0001", "\\"))
      .map(([s, i, c]) => s.slice(0, i % (s.length + 1)) + c + s.slice(i % (s.length + 1)));
    fc.assert(
      fc.property(fc.oneof(fc.json(), mutated, anyText), (s) => {
        let valid = true;
        try {
          JSON.parse(s);
        } catch {
          valid = false;
        }
        expect(checkJson(s).error === -1).toBe(valid);
      }),
      RUNS,
    );
  });

  it("extractHtml: any input never throws and never yields a <script", () => {
    fc.assert(
      fc.property(anyText, (html) => {
        const page = extractHtml(html);
        expect(page.text.toLowerCase()).not.toContain("<script");
        expect(page.title?.toLowerCase() ?? "").not.toContain("<script");
        expect(page.text).toBe(page.text.trim());
      }),
      RUNS,
    );
  });
});
