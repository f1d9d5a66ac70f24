/**
 * A JSON syntax check that says *where* input breaks (Node 20's JSON.parse often gives no
 * position) and where each element of a top-level array starts, so problems with one article
 * can name its line. Iterative, so deeply nested input cannot overflow the stack.
 */
export interface JsonCheck {
  /** Offset of the first syntax error, or -1 when the text is valid JSON. */
  error: number;
  message: string;
  /** Start offsets of the elements of a top-level array. */
  elements: number[];
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WS = /[ \t\n\r]*/y;

function skipWs(s: string, i: number): number {
  WS.lastIndex = i;
  WS.exec(s);
  return WS.lastIndex;
}

/** Offset just past a string starting at `i` (a `"`), or minus one minus the error offset. */
function stringEnd(s: string, i: number): number {
  for (let j = i + 1; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c < 0x20) return -1 - j;
    if (c === 0x5c) {
      const e = s[j + 1];
      if (e === "u" && /^[0-9a-fA-F]{4}$/.test(s.slice(j + 2, j + 6))) j += 5;
      else if (e !== undefined && '"\\/bfnrt'.includes(e)) j++;
      else return -1 - j;
    }
  }
  return -1 - s.length;
}

export function checkJson(s: string): JsonCheck {
  const stack: string[] = [];
  const elements: number[] = [];
  let state: "value" | "key" | "after" = "value";
  let i = skipWs(s, 0);
  const fail = (at: number): JsonCheck => ({
    error: at,
    message:
      at >= s.length ? "unexpected end of input" : `unexpected character '${s.slice(at, at + 1)}'`,
    elements,
  });
  for (;;) {
    i = skipWs(s, i);
    const c = s[i];
    if (state === "value") {
      if (stack.length === 1 && stack[0] === "[") elements.push(i);
      if (c === "{" || c === "[") {
        stack.push(c);
        i = skipWs(s, i + 1);
        if (s[i] === (c === "{" ? "}" : "]")) {
          stack.pop();
          i++;
          state = "after";
        } else state = c === "{" ? "key" : "value";
        continue;
      }
      if (c === '"') i = stringEnd(s, i);
      else if (s.startsWith("true", i) || s.startsWith("null", i)) i += 4;
      else if (s.startsWith("false", i)) i += 5;
      else {
        NUMBER.lastIndex = i;
        if (!NUMBER.test(s)) return fail(i);
        i = NUMBER.lastIndex;
      }
      if (i < 0) return fail(-1 - i);
      state = "after";
    } else if (state === "key") {
      if (c !== '"') return fail(i);
      i = stringEnd(s, i);
      if (i < 0) return fail(-1 - i);
      i = skipWs(s, i);
      if (s[i] !== ":") return fail(i);
      i++;
      state = "value";
    } else {
      const top = stack.at(-1);
      if (top === undefined) return i === s.length ? { error: -1, message: "", elements } : fail(i);
      if (c === ",") state = top === "{" ? "key" : "value";
      else if (c === (top === "{" ? "}" : "]")) stack.pop();
      else return fail(i);
      i++;
    }
  }
}
