import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Write a set of files into `dir` all at once: they go to a sibling temporary folder that is
 * swapped in by rename, so a failed or interrupted build leaves the previous output intact.
 */
export function writeFolderAtomically(dir: string, files: Record<string, string>): void {
  const parent = path.dirname(path.resolve(dir));
  mkdirSync(parent, { recursive: true });
  const stamp = `${process.pid}-${Date.now()}`;
  const tmp = path.join(parent, `.${path.basename(dir)}.tmp-${stamp}`);
  const old = path.join(parent, `.${path.basename(dir)}.old-${stamp}`);
  mkdirSync(tmp, { recursive: true });
  try {
    for (const [name, content] of Object.entries(files))
      writeFileSync(path.join(tmp, name), content);
    if (existsSync(dir)) renameSync(dir, old);
    renameSync(tmp, dir);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(dir) && existsSync(old)) renameSync(old, dir);
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
}
