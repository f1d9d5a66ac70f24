/**
 * Syria's neighbours (and Cyprus, across the water): their towns turn up in reporting on the
 * northwest far more than other countries', so several rules treat them as near.
 */
export const SYRIA_NEIGHBOURS: ReadonlySet<string> = new Set([
  "TR",
  "LB",
  "IQ",
  "JO",
  "IL",
  "PS",
  "CY",
]);

/** Syria itself or one of its neighbours (ISO 3166-1 alpha-2). */
export function isNearSyria(country: string): boolean {
  return country === "SY" || SYRIA_NEIGHBOURS.has(country);
}
