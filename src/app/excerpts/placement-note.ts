import type { Mention } from "../../shared/types";

/**
 * How sure the pipeline was of a placement and what else the name could be: "86% sure · also
 * possible: Idlib (city)". Shown under each excerpt so a reader can judge (and one day correct)
 * the placement. Null when the mention carries no confidence.
 */
export function placementNote(mention: Pick<Mention, "confidence" | "candidates">): string | null {
  if (mention.confidence === undefined) return null;
  const sure = `${Math.round(mention.confidence * 100)}% sure`;
  const others = (mention.candidates ?? [])
    .slice(0, 3)
    .map((c) => (c.kind ? `${c.name} (${c.kind})` : c.name));
  return others.length > 0 ? `${sure} · also possible: ${others.join(", ")}` : sure;
}
