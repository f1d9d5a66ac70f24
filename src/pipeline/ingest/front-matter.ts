/** Metadata a user may attach to an article; any field given wins over inference. */
export interface ArticleMeta {
  title?: string;
  date?: string;
  source?: string;
  url?: string;
}

const KEYS = new Set(["title", "date", "published", "source", "url"]);

/**
 * Read a simple YAML front matter block (`---` lines around `key: value` pairs) at the top of a
 * file. Returns the metadata and the length of the block, so that offsets into the full text
 * stay valid; or an error naming the line.
 */
export function parseFrontMatter(
  text: string,
):
  | { meta: ArticleMeta; length: number; dateLine?: number }
  | { error: string; line: number }
  | null {
  if (!/^---[ \t]*\r?\n/.test(text)) return null;
  const close = /\r?\n---[ \t]*(?:\r?\n|$)/.exec(text.slice(3));
  if (!close) return { error: "front matter opened with --- is never closed", line: 1 };
  const body = text.slice(3, 3 + close.index);
  const meta: ArticleMeta = {};
  let dateLine: number | undefined;
  const lines = body.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    const m = /^([A-Za-z_]+)\s*:\s*(.*)$/.exec(line);
    if (!m)
      return {
        error: `front matter line is not "key: value": ${JSON.stringify(line.slice(0, 60))}`,
        line: i + 1,
      };
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim().replace(/^(["'])(.*)\1$/, "$2");
    if (!KEYS.has(key)) continue;
    if (key === "date" || key === "published") {
      meta.date = value;
      dateLine = i + 1; // lines[0] is the rest of the opening "---" line
    } else meta[key as "title" | "source" | "url"] = value;
  }
  const length = 3 + close.index + close[0].length;
  return dateLine === undefined ? { meta, length } : { meta, length, dateLine };
}
