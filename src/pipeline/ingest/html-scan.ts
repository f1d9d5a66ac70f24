/**
 * A small HTML tokenizer, enough to pull article text out of saved news pages without adding a
 * parser dependency. It never builds a DOM and never runs anything: it only splits the source
 * into text runs, tags and raw-text element contents. Every loop advances, so any input ends.
 */
export type HtmlToken =
  | { type: "text"; value: string; start: number }
  | { type: "tag"; name: string; closing: boolean; attrs: string; start: number }
  /** Contents of an element whose body is not markup (script, style, title, ...). */
  | { type: "raw"; name: string; value: string; start: number };

/** Elements whose content is text up to the matching end tag, as browsers parse them. */
const RAW_TEXT = new Set([
  "script",
  "style",
  "title",
  "textarea",
  "xmp",
  "iframe",
  "noembed",
  "noframes",
]);

const isLetter = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c);

/** Index just past the `>` closing a tag that starts at `from`, respecting quoted attributes. */
function tagEnd(html: string, from: number): number {
  let quote = "";
  for (let i = from; i < html.length; i++) {
    const c = html[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ">") return i + 1;
  }
  return -1;
}

export function scanHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let i = 0;
  let textStart = 0;
  const flushText = (end: number) => {
    if (end > textStart)
      tokens.push({ type: "text", value: html.slice(textStart, end), start: textStart });
  };
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) break;
    const next = html[lt + 1];
    let end: number;
    if (html.startsWith("<!--", lt)) {
      const close = html.indexOf("-->", lt + 4);
      end = close < 0 ? html.length : close + 3;
    } else if (next === "!" || next === "?") {
      const close = html.indexOf(">", lt);
      end = close < 0 ? html.length : close + 1;
    } else if (isLetter(next) || (next === "/" && isLetter(html[lt + 2]))) {
      const closing = next === "/";
      const nameStart = lt + (closing ? 2 : 1);
      const name = /^[A-Za-z][A-Za-z0-9:-]*/.exec(html.slice(nameStart, nameStart + 64))![0];
      const close = tagEnd(html, nameStart + name.length);
      // A tag cut off by the end of the file is dropped, as a browser would.
      end = close < 0 ? html.length : close;
      flushText(lt);
      const lower = name.toLowerCase();
      const attrs = close < 0 ? "" : html.slice(nameStart + name.length, close - 1);
      tokens.push({ type: "tag", name: lower, closing, attrs, start: lt });
      if (!closing && close >= 0 && RAW_TEXT.has(lower)) end = rawText(html, end, lower, tokens);
      i = textStart = end;
      continue;
    } else {
      i = lt + 1; // a bare "<" is text
      continue;
    }
    flushText(lt);
    i = textStart = end;
  }
  flushText(html.length);
  return tokens;
}

/** Push the raw content of `name` starting at `from`; return where scanning resumes. */
function rawText(html: string, from: number, name: string, tokens: HtmlToken[]): number {
  const endTag = new RegExp(`</${name}(?![A-Za-z0-9:-])`, "gi");
  endTag.lastIndex = from;
  const m = endTag.exec(html);
  const stop = m ? m.index : html.length;
  tokens.push({ type: "raw", name, value: html.slice(from, stop), start: from });
  if (!m) return html.length;
  tokens.push({ type: "tag", name, closing: true, attrs: "", start: stop });
  const close = tagEnd(html, stop + m[0].length);
  return close < 0 ? html.length : close;
}

/** Attributes of a tag as lower-cased name → raw (still entity-encoded) value. */
export function parseAttrs(attrs: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const m of attrs.matchAll(re)) {
    const key = m[1]!.toLowerCase();
    if (!out.has(key)) out.set(key, m[2] ?? m[3] ?? m[4] ?? "");
  }
  return out;
}
