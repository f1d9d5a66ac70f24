import { describe, expect, it } from "vitest";
import { checkJson } from "./json-check.ts";
import { readJson, readJsonl } from "./read-json.ts";

describe("readJson", () => {
  it("reads one object with defaults: id from the file stem, title from the first line", () => {
    const r = readJson("in/story.json", '{"text": "\\n  Headline \\nBody"}');
    expect(r.skipped).toEqual([]);
    expect(r.articles).toEqual([
      {
        id: "story-1",
        file: "in/story.json",
        line: 1,
        text: "\n  Headline \nBody",
        bodyStart: 0,
        title: "Headline",
        meta: {},
      },
    ]);
  });

  it("reads an array, keeping given fields and taking the day of an ISO timestamp", () => {
    const r = readJson(
      "a.json",
      '[{"id": 7, "title": "T", "text": "x", "published": "2020-02-29T23:00:00+03:00",' +
        ' "source": "S", "url": "https://e.org"}, {"text": "y"}]',
    );
    expect(r.articles.map((a) => [a.id, a.title, a.meta])).toEqual([
      ["7", "T", { title: "T", date: "2020-02-29", source: "S", url: "https://e.org" }],
      ["a-2", "y", {}],
    ]);
  });

  it.each([
    ['{"text": ""}', "empty", '"text" is empty'],
    ['{"text": 5}', "invalid-article", '"text" must be a string'],
    ['{"title": "x"}', "invalid-article", '"text" is missing'],
    ['{"text": "x", "id": ""}', "invalid-article", '"id" must be a non-empty string'],
    ['{"text": "x", "published": "2019-02-29"}', "bad-date", "is not a real YYYY-MM-DD day"],
    ['{"text": "x", "published": 20190228}', "bad-date", "is not a real YYYY-MM-DD day"],
    ['"just a string"', "invalid-article", "not an article object"],
    ["[]", "empty", "JSON array is empty"],
  ])("skips %s", (json, kind, reason) => {
    const r = readJson("a.json", json);
    expect(r.articles).toEqual([]);
    expect(r.skipped[0]?.kind).toBe(kind);
    expect(r.skipped[0]?.reason).toContain(reason);
  });

  it("hints at .jsonl when a .json file holds one object per line", () => {
    const r = readJson("a.json", '{"text": "a"}\n{"text": "b"}\n');
    expect(r.skipped[0]).toMatchObject({ line: 2, kind: "json" });
    expect(r.skipped[0]?.reason).toBe(
      "malformed JSON: unexpected character '{' at column 1 (one object per line? name the file .jsonl)",
    );
  });

  it("names the item and its line for a bad element of an array", () => {
    const r = readJson(
      "a.json",
      '[\n {"text": "ok"},\n\n {"text": "x", "published": "2019-13-01"}\n]',
    );
    expect(r.articles).toHaveLength(1);
    expect(r.skipped).toEqual([
      {
        file: "a.json",
        line: 4,
        kind: "bad-date",
        reason: 'item 2: "published" "2019-13-01" is not a real YYYY-MM-DD day',
      },
    ]);
  });

  it("keeps an article whose optional field has the wrong type, with a warning", () => {
    const r = readJson("a.json", '{"text": "x", "source": ["a"], "title": null}');
    expect(r.articles[0]?.meta).toEqual({});
    expect(r.warnings.map((w) => w.reason)).toEqual(['"source" is not a string; ignored']);
  });
});

describe("readJsonl", () => {
  it("keeps good lines, reports broken ones by line, skips blank lines", () => {
    const r = readJsonl("f.jsonl", '{"text": "a"}\r\n\n{"text": \n[1]\n{"id": "x", "text": "b"}');
    expect(r.articles.map((a) => [a.id, a.line, a.text])).toEqual([
      ["f-1", 1, "a"],
      ["x", 5, "b"],
    ]);
    expect(r.skipped.map((s) => [s.line, s.kind])).toEqual([
      [3, "json"],
      [4, "invalid-article"],
    ]);
  });
});

describe("checkJson", () => {
  it.each([
    ['{"a": [1, 2.5e3, true, null, "x\\u00e9"]}', -1],
    ["[1,]", 3],
    ['{"a" 1}', 5],
    ['"\\x"', 1],
    ["01", 1],
    ["", 0],
  ])("%j fails at %d", (text, error) => {
    expect(checkJson(text).error).toBe(error);
  });

  it("agrees with JSON.parse on what is valid", () => {
    for (const s of ["[", "{}", "[[]]", '{"a":{}}', " 1 ", "-0.5", "tru", '["\t"]', "[1 2]"]) {
      let valid = true;
      try {
        JSON.parse(s);
      } catch {
        valid = false;
      }
      expect(checkJson(s).error === -1, s).toBe(valid);
    }
  });
});
