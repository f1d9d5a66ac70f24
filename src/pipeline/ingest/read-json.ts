import { lineCounter, stemOf } from "./decode.ts";
import { checkJson } from "./json-check.ts";
import { recordToArticle } from "./json-record.ts";
import type { FileResult } from "./types.ts";

const empty = (): FileResult => ({ articles: [], skipped: [], warnings: [] });

function add(result: FileResult, r: ReturnType<typeof recordToArticle>) {
  if ("reason" in r) result.skipped.push(r);
  else result.articles.push(r);
}

/** A .json file: one article object, or an array of them. A syntax error loses the file. */
export function readJson(file: string, text: string): FileResult {
  const result = empty();
  const check = checkJson(text);
  const lineAt = lineCounter(text);
  if (check.error >= 0) {
    const line = lineAt(check.error);
    const column = check.error - text.lastIndexOf("\n", check.error - 1);
    // One object per line in a .json file is the commonest mix-up: say so.
    const jsonl = line === 2 && column === 1 && /^\s*\{[^\n]*\}\s*\n\{/.test(text);
    const hint = jsonl ? " (one object per line? name the file .jsonl)" : "";
    result.skipped.push({
      file,
      line,
      kind: "json",
      reason: `malformed JSON: ${check.message} at column ${column}${hint}`,
    });
    return result;
  }
  const value: unknown = JSON.parse(text);
  const stem = stemOf(file);
  if (!Array.isArray(value)) {
    const place = { file, stem, n: 1, line: lineAt(text.search(/\S/)), label: "" };
    add(result, recordToArticle(value, place, result.warnings));
    return result;
  }
  if (value.length === 0)
    result.skipped.push({ file, kind: "empty", reason: "JSON array is empty" });
  value.forEach((item: unknown, i) => {
    const line = lineAt(check.elements[i] ?? 0);
    const place = { file, stem, n: i + 1, line, label: `item ${i + 1}` };
    add(result, recordToArticle(item, place, result.warnings));
  });
  return result;
}

/** A .jsonl file: one article object per line; a broken line loses only that line. */
export function readJsonl(file: string, text: string): FileResult {
  const result = empty();
  const stem = stemOf(file);
  text.split("\n").forEach((raw, i) => {
    const line = raw.replace(/\r$/, "");
    if (line.trim() === "") return;
    const check = checkJson(line);
    if (check.error >= 0) {
      const reason = `malformed JSON line: ${check.message} at column ${check.error + 1}`;
      result.skipped.push({ file, line: i + 1, kind: "json", reason });
      return;
    }
    const place = { file, stem, n: i + 1, line: i + 1, label: "" };
    add(result, recordToArticle(JSON.parse(line), place, result.warnings));
  });
  return result;
}
