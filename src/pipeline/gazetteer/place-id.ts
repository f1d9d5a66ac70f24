/**
 * A place id from a name: lower-case ASCII words joined by hyphens ("Ma'arrat al-Nu'man" ->
 * "maarrat-al-numan"), Arabic letters kept. Ids appear in URLs and in the data files, so they
 * must stay stable for a given name.
 */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['‘’`ʿʾ]/g, "")
    .replace(/[^a-z0-9\p{Script=Arabic}]+/gu, "-")
    .replace(/^-|-$/g, "");
}
