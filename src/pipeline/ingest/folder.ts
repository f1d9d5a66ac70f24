import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { ARTICLE_EXTENSIONS } from "./read-file.ts";
import { SIDECAR_NAME } from "./sidecar.ts";
import type { SkippedFile } from "./types.ts";

export interface Listing {
  /** Article files, sorted by name so output order and "first wins" are stable. */
  files: string[];
  sidecar?: string;
  ignored: number;
  subfolders: number;
  skipped: SkippedFile[];
}

/** A file-system error as a short phrase a user can act on. */
export function describeError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOENT") return "does not exist";
  if (code === "ENOTDIR") return "is not a folder";
  if (code === "EISDIR") return "is a folder";
  if (code === "ELOOP") return "symbolic link loop";
  return e instanceof Error ? e.message : String(e);
}

/** The folder's entries sorted into articles, the sidecar, and what is left alone. */
export function listFolder(dir: string): Listing {
  const out: Listing = { files: [], ignored: 0, subfolders: 0, skipped: [] };
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (e) {
    out.skipped.push({
      file: dir,
      kind: "unreadable",
      reason: `cannot read folder: ${describeError(e)}`,
    });
    return out;
  }
  for (const name of names) {
    const file = path.join(dir, name);
    if (name.startsWith(".")) {
      out.ignored++; // .DS_Store, editor swap files
      continue;
    }
    try {
      // stat, not lstat: a link to an article is read like the article.
      if (statSync(file).isDirectory()) {
        out.subfolders++;
        continue;
      }
    } catch (e) {
      out.skipped.push({
        file,
        kind: "unreadable",
        reason: `cannot read file: ${describeError(e)}`,
      });
      continue;
    }
    if (name.toLowerCase() === SIDECAR_NAME) out.sidecar = file;
    else if (ARTICLE_EXTENSIONS.has(path.extname(name).toLowerCase())) out.files.push(file);
    else out.ignored++;
  }
  return out;
}

/** The bytes of a file, without reading one that is over the limit. */
export function readBytes(file: string, maxBytes: number): Buffer | SkippedFile {
  try {
    const size = statSync(file).size;
    if (size > maxBytes)
      return {
        file,
        kind: "too-large",
        reason: `file is ${size} bytes, over the ${maxBytes}-byte limit`,
      };
    return readFileSync(file);
  } catch (e) {
    return { file, kind: "unreadable", reason: `cannot read file: ${describeError(e)}` };
  }
}
