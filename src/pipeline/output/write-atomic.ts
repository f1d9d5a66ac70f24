import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Write a set of files into `dir` all at once: they go to a sibling temporary folder that is
 * swapped in by rename, so a failed or interrupted build leaves the previous output intact.
 *
 * A folder that holds other files too (`--out public`, next to the basemap) is never swapped,
 * which would delete them: there every file is written in full beside its target first and the
 * renames follow, so only a crash within those few renames could mix old and new files.
 * Leftovers of an earlier interrupted swap are cleaned up, or put back when they are the only
 * copy of the output.
 */
export function writeFolderAtomically(dir: string, files: Record<string, string>): void {
  const parent = path.dirname(path.resolve(dir));
  const base = path.basename(dir);
  mkdirSync(parent, { recursive: true });
  recoverInterruptedSwap(parent, base);
  const foreign = existsSync(dir) ? readdirSync(dir).filter((f) => !(f in files)) : [];
  if (foreign.length > 0) {
    writeFilesBesideTargets(dir, files);
    return;
  }
  const stamp = `${process.pid}-${Date.now()}`;
  const tmp = path.join(parent, `.${base}.tmp-${stamp}`);
  const old = path.join(parent, `.${base}.old-${stamp}`);
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

function writeFilesBesideTargets(dir: string, files: Record<string, string>): void {
  const stamp = `${process.pid}-${Date.now()}`;
  const written: Array<[string, string]> = [];
  try {
    for (const [name, content] of Object.entries(files)) {
      const tmp = path.join(dir, `.${name}.tmp-${stamp}`);
      writeFileSync(tmp, content);
      written.push([tmp, path.join(dir, name)]);
    }
  } catch (e) {
    for (const [tmp] of written) rmSync(tmp, { force: true });
    throw e;
  }
  for (const [tmp, target] of written) renameSync(tmp, target);
}

/** Temporary folders of a killed build go; a lone old copy of the output comes back. */
function recoverInterruptedSwap(parent: string, base: string): void {
  const leftovers = readdirSync(parent).filter((f) => f.startsWith(`.${base}.`));
  const olds = leftovers.filter((f) => f.startsWith(`.${base}.old-`)).sort();
  const newest = olds.pop();
  if (newest && !existsSync(path.join(parent, base)))
    renameSync(path.join(parent, newest), path.join(parent, base));
  else if (newest) olds.push(newest);
  for (const f of [...olds, ...leftovers.filter((f) => f.startsWith(`.${base}.tmp-`))]) {
    rmSync(path.join(parent, f), { recursive: true, force: true });
  }
}
