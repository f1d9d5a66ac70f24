import { realpathSync } from "node:fs";
import path from "node:path";

/** A path with links resolved where it exists, so two spellings of one folder compare equal. */
function real(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/**
 * Why writing output to `out` would destroy the input, or null when it is safe. The output
 * folder is replaced as a whole (write-atomic swaps it), so an output folder that is, or holds,
 * the input folder would delete the user's articles.
 */
export function outputReplacesInput(input: string, out: string): string | null {
  const rel = path.relative(real(out), real(input));
  const inside =
    rel === "" || (rel !== ".." && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
  if (!inside) return null;
  return rel === ""
    ? `output folder ${out} is the input folder; it would be replaced. Choose another --out.`
    : `output folder ${out} contains the input folder ${input}; it would be replaced. Choose another --out.`;
}
