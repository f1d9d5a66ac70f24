import { decodeEntities } from "./html-entities.ts";
import { parseAttrs, scanHtml } from "./html-scan.ts";

export interface HtmlArticle {
  /** Readable text: one paragraph per line group, blank line between blocks. */
  text: string;
  title?: string;
  /** Raw publication date value and the offset of the element that gave it. */
  date?: { value: string; offset: number };
}

/** Page furniture and non-content: everything inside is dropped. */
const SKIP = new Set([
  ...["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "head"],
  ...["svg", "math", "iframe", "object", "select", "button", "textarea", "noembed", "noframes"],
]);
/** Elements after which text starts on a new paragraph. */
const BLOCK = new Set(
  "p h1 h2 h3 h4 h5 h6 div article section main blockquote ul ol dl dd dt table figure figcaption pre hr address form fieldset details summary".split(
    " ",
  ),
);
/** Elements that start a new line but not a new paragraph. */
const LINE = new Set(["br", "li", "tr"]);

/** `<` that could open a tag is replaced so no consumer that renders HTML can meet markup. */
export function neutraliseMarkup(s: string): string {
  return s.replace(/<(?=[A-Za-z/!?])/g, "\uff1c");
}

const oneLine = (s: string) => neutraliseMarkup(decodeEntities(s).replace(/\s+/g, " ").trim());

export function extractHtml(html: string): HtmlArticle {
  const parts: string[] = [];
  // Open skipped elements, innermost last, with a count per name: a stray end tag must not
  // cost a scan of the stack, or nested junk becomes quadratic.
  const skipping: string[] = [];
  const open = new Map<string, number>();
  const closeSkip = (name: string) => {
    for (let top = skipping.pop(); top !== undefined; top = skipping.pop()) {
      open.set(top, (open.get(top) ?? 1) - 1);
      if (top === name) return;
    }
  };
  let title: string | undefined;
  let h1: string[] | null = null;
  let firstH1: string | undefined;
  let date: HtmlArticle["date"];
  for (const t of scanHtml(html)) {
    if (t.type === "raw") {
      if (t.name === "title" && title === undefined) title = oneLine(t.value);
      continue;
    }
    if (t.type === "text") {
      if (h1) h1.push(t.value); // the headline may sit in a <header> that is skipped
      if (skipping.length === 0) parts.push(decodeEntities(t.value).replace(/\s+/g, " "));
      continue;
    }
    const { name, closing } = t;
    if (name === "h1" && !closing && firstH1 === undefined) h1 = [];
    if (name === "h1" && closing && h1) {
      firstH1 = oneLine(h1.join(""));
      h1 = null;
    }
    if (!closing && (name === "meta" || name === "time") && date === undefined)
      date = dateFrom(name, parseAttrs(t.attrs), t.start);
    // Pages often never close <head>; the body starting closes it, as in a browser.
    if (name === "body" && !closing) while (skipping.length > 0) closeSkip(skipping.at(-1)!);
    if (SKIP.has(name)) {
      if (!closing && !t.attrs.trimEnd().endsWith("/")) {
        skipping.push(name);
        open.set(name, (open.get(name) ?? 0) + 1);
      } else if (closing && (open.get(name) ?? 0) > 0) closeSkip(name);
      continue;
    }
    if (skipping.length > 0) continue;
    if (BLOCK.has(name)) parts.push("\n\n");
    else if (LINE.has(name) && !closing) parts.push("\n");
    else if (name === "td" || name === "th") parts.push(" ");
  }
  const text = neutraliseMarkup(
    parts
      .join("")
      .split("\n")
      .map((l) => l.replace(/\s+/g, " ").trim())
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trim(),
  );
  const best = title || firstH1;
  return { text, ...(best ? { title: best.slice(0, 300) } : {}), ...(date ? { date } : {}) };
}

/** `<meta property="article:published_time">` or the first `<time datetime>` with a date. */
function dateFrom(name: string, attrs: Map<string, string>, offset: number) {
  if (name === "meta") {
    const key = (attrs.get("property") ?? attrs.get("name") ?? "").toLowerCase();
    const content = attrs.get("content");
    if (key === "article:published_time" && content)
      return { value: decodeEntities(content).trim(), offset };
    return undefined;
  }
  const dt = decodeEntities(attrs.get("datetime") ?? "").trim();
  // <time> also carries times and durations; only a value starting with a date is one.
  return /^\d{4}-\d{2}-\d{2}/.test(dt) ? { value: dt, offset } : undefined;
}
