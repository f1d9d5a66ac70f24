// Verify unseen.gold.json: spans, place keys, and that every occurrence of every
// annotated surface string (in any article of the set) is covered by an annotation.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const gold = JSON.parse(readFileSync(join(here, 'unseen.gold.json'), 'utf8'));
let errors = 0;
const fail = (m) => { errors++; console.error('ERROR', m); };
const texts = {};
const names = new Set();
for (const a of gold.articles) {
  const content = readFileSync(join(here, a.file), 'utf8');
  texts[a.id] = content;
  const first = content.split('\n').find((l) => l.trim() !== '');
  if (!first) fail(`${a.id}: empty file`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(a.published)) fail(`${a.id}: bad published`);
  if (!['day', 'month'].includes(a.published_precision)) fail(`${a.id}: bad precision`);
  let prevEnd = -1;
  for (const t of a.toponyms) {
    if (content.slice(t.start, t.end) !== t.text) fail(`${a.id}: slice mismatch ${JSON.stringify(t)}`);
    if (t.start < prevEnd) fail(`${a.id}: overlapping/unsorted span at ${t.start}`);
    prevEnd = t.end;
    if (!gold.places[t.place]) fail(`${a.id}: unknown place ${t.place}`);
    else if (gold.places[t.place].kind !== t.kind) fail(`${a.id}: kind mismatch for ${t.place}`);
    if (typeof t.required !== 'boolean') fail(`${a.id}: required not boolean`);
    names.add(t.text);
  }
}
// coverage: every occurrence of each annotated name, in every article, must be inside an annotation
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
let occurrences = 0;
for (const a of gold.articles) {
  const c = texts[a.id];
  for (const n of names) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}_])${esc(n)}(?![\\p{L}\\p{N}_])`, 'gu');
    for (const m of c.matchAll(re)) {
      occurrences++;
      const s = m.index, e = s + n.length;
      const cov = a.toponyms.some((t) => t.start <= s && e <= t.end);
      if (!cov) fail(`${a.id}: uncovered occurrence of "${n}" at ${s}: …${c.slice(Math.max(0, s - 30), e + 30).replace(/\n/g, ' ')}…`);
    }
  }
}
// places: referenced, coordinates sane
const used = new Set(gold.articles.flatMap((a) => a.toponyms.map((t) => t.place)));
for (const [k, p] of Object.entries(gold.places)) {
  if (!used.has(k)) fail(`place ${k} unused`);
  if ((p.lat === null) !== (p.lon === null)) fail(`place ${k}: half coordinate`);
  if (p.lat !== null && (Math.abs(p.lat) > 90 || Math.abs(p.lon) > 180)) fail(`place ${k}: bad coordinate`);
  if (!p.source) fail(`place ${k}: no source`);
}
const tops = gold.articles.flatMap((a) => a.toponyms);
const req = tops.filter((t) => t.required);
const settle = new Set(['city', 'town', 'village', 'camp']);
console.log(`articles ${gold.articles.length}; toponyms ${tops.length} (required ${req.length}, optional ${tops.length - req.length}); ` +
  `places ${Object.keys(gold.places).length} (with coordinate ${Object.values(gold.places).filter((p) => p.lat !== null).length}, null ${Object.values(gold.places).filter((p) => p.lat === null).length}); ` +
  `required settlement mentions ${req.filter((t) => settle.has(t.kind)).length}; required mentions with coordinate ${req.filter((t) => gold.places[t.place].lat !== null).length}; ` +
  `name occurrences checked ${occurrences}`);
if (errors) { console.error(`${errors} error(s)`); process.exit(1); }
console.log('OK: every toponym slice matches; every occurrence of every annotated name is annotated');
