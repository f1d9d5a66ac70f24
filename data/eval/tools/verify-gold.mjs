// Verifies a held-out gold file against its article files:
//   node data/eval/tools/verify-gold.mjs data/eval/unseen5/unseen5.gold.json
// Checks: content.slice(start,end) === text (UTF-16 offsets, end exclusive); every place key exists;
// every occurrence (whole-word) of every annotated surface string is covered by an annotation;
// no two annotations share a span unless one is nested (optional) inside the other; required flags/kinds present;
// coordinates in range; and prints the counts used in README.md.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const goldPath = process.argv[2];
if (!goldPath) {
  console.error('usage: node data/eval/tools/verify-gold.mjs <set>/<set>.gold.json');
  process.exit(2);
}
const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
const base = dirname(dirname(goldPath)); // "file" paths are relative to data/eval/ (as seeds/ is relative to shared/)
let errors = 0;
const err = (m) => { errors++; console.error('ERROR', m); };
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SETTLEMENT = new Set(['city', 'town', 'village', 'camp']);
const counts = { articles: 0, req: 0, opt: 0, byKind: {}, places: new Set() };

for (const a of gold.articles) {
  counts.articles++;
  const content = readFileSync(join(base, a.file), 'utf8');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(a.published)) err(`${a.id}: bad published ${a.published}`);
  if (!['day', 'month'].includes(a.published_precision)) err(`${a.id}: bad precision`);
  if (!a.published_basis) err(`${a.id}: no basis`);
  const firstLine = content.split('\n').find((l) => l.trim() !== '');
  if (!firstLine) err(`${a.id}: empty file`);
  for (const t of a.toponyms) {
    if (content.slice(t.start, t.end) !== t.text) err(`${a.id}: slice(${t.start},${t.end})=${JSON.stringify(content.slice(t.start, t.end))} != ${JSON.stringify(t.text)}`);
    if (!gold.places[t.place]) err(`${a.id}: unknown place ${t.place}`);
    if (typeof t.required !== 'boolean') err(`${a.id}: required not boolean at ${t.start}`);
    if (!t.kind) err(`${a.id}: no kind at ${t.start}`);
    counts[t.required ? 'req' : 'opt']++;
    const k = `${t.kind}/${t.required ? 'req' : 'opt'}`;
    counts.byKind[k] = (counts.byKind[k] || 0) + 1;
    counts.places.add(t.place);
  }
  // every whole-word occurrence of each annotated surface string must lie inside some annotation
  const texts = new Set(a.toponyms.map((t) => t.text));
  for (const text of texts) {
    const re = new RegExp(`(?<![A-Za-z])${esc(text)}(?![A-Za-z])`, 'g');
    for (const m of content.matchAll(re)) {
      const s = m.index, e = s + text.length;
      if (!a.toponyms.some((t) => t.start <= s && e <= t.end)) err(`${a.id}: unannotated occurrence of ${JSON.stringify(text)} at ${s}`);
    }
  }
  // duplicates / overlaps: only allowed when an optional annotation is nested inside a longer one
  const sorted = [...a.toponyms].sort((x, y) => x.start - y.start || y.end - x.end);
  for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) {
    const x = sorted[i], y = sorted[j];
    if (y.start >= x.end) break;
    const nested = x.start <= y.start && y.end <= x.end && (y.end - y.start) < (x.end - x.start) && !y.required;
    if (!nested) err(`${a.id}: overlapping ${JSON.stringify(x.text)}@${x.start} / ${JSON.stringify(y.text)}@${y.start}`);
  }
}
let sourced = 0, nul = 0, proxies = 0;
for (const [k, p] of Object.entries(gold.places)) {
  if (!counts.places.has(k)) err(`place ${k} not used`);
  if (p.lat === null || p.lon === null) { nul++; if (p.lat !== p.lon) err(`${k}: half-null`); if (!p.note) err(`${k}: null coordinate without note`); continue; }
  if (!(Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180)) err(`${k}: out of range`);
  if (!p.source) err(`${k}: no source`);
  sourced++; if (/PROXY/.test(p.source)) proxies++;
}
const settlementsReq = gold.articles.flatMap((a) => a.toponyms).filter((t) => t.required && SETTLEMENT.has(t.kind)).length;
console.log(JSON.stringify({ articles: counts.articles, toponyms: counts.req + counts.opt, required: counts.req, optional: counts.opt,
  required_settlement_mentions: settlementsReq, by_kind: counts.byKind, places: Object.keys(gold.places).length,
  places_with_coordinates: sourced, of_which_proxy: proxies, places_null: nul }, null, 1));
if (errors) { console.error(`${errors} error(s)`); process.exit(1); }
console.log('OK: all offsets, coverage and place checks passed');
