/**
 * One normalisation of transliterated Arabic place names, shared by the gazetteer index and the
 * text matcher (and, later, the app's search box), so that "Ma'arrat al-Nu'man",
 * "Maaret al-Numan" and "Marat al Numan" all meet on the same key.
 *
 * The key is deliberately lossy: it is only ever used to *find* candidates, never to display.
 */

const APOSTROPHES = /['‘’`ʿʾʼ´′"“”]/g;
// Definite article forms at the start of a word: al-, el-, ad-, ash-, as-, at-, az-, ar-, an- ...
// Only hyphenated or spaced forms count, so that "Alma" or "Asharah" keep their letters.
const ARTICLE = /(^| )(?:a|e)(?:l|d|dh|sh|s|t|th|z|r|n)[- ](?=\S)/g;

/** Word-initial spelling families reduced to one form, applied after lower-casing. */
const PREFIX_FAMILIES: ReadonlyArray<[RegExp, string]> = [
  [/(^| )(?:kafr|kfar|kafar|kefr|kfr|kafer|kufr)(?= |$)/g, "$1kfr "],
  [/(^| )(?:tel|tal)(?= |$)/g, "$1tl "],
  [/(^| )(?:marat|maret|mart)(?= |$)/g, "$1mrt "],
  [/(^| )(?:jabal|jebel|jabel|jebal|jabl|jbl|mount|mt)(?= |$)/g, "$1jbl "],
  [/(^| )(?:deir|dayr|dair|der)(?= |$)/g, "$1dyr "],
  [/(^| )(?:khirbet|khirbat|khirbit|kherbet)(?= |$)/g, "$1khrbt "],
  [/(^| )(?:sheikh|shaykh|shaikh|sheik|shekh)(?= |$)/g, "$1shkh "],
  [/(^| )(?:abu|abou|abo)(?= |$)/g, "$1ab "],
];

/** Strip accents (Ḩ -> H, ā -> a, ş -> s) using Unicode decomposition. */
export function stripDiacritics(s: string): string {
  return s.normalize("NFKD").replace(/\p{M}+/gu, "");
}

/**
 * Normalise a place name to its matching key.
 *
 * Steps, in order: diacritics and apostrophes out, lower case, hyphens to spaces, the Arabic
 * article dropped, spelling families unified, vowels folded (ou/oo/u, ee/i, ey/ay/ai), doubled
 * letters collapsed and the feminine ending (-ah/-eh/-a/-e/-at) dropped.
 */
export function normalizeName(raw: string): string {
  let s = stripDiacritics(raw).replace(APOSTROPHES, "").toLowerCase();
  // The article as some outlets write it before a sun letter: "Jisr a-Shughour". Only with its
  // hyphen: a spaced "a" is English.
  s = s.replace(/(^|\s)a-(?=\p{L})/gu, "$1");
  s = s
    .replace(/[-‐‑–—_/.,]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  s = s.replace(ARTICLE, "$1");
  // "the Akrad Mountains" is Jabal al-Akrad: a trailing mountain word is the Arabic head word.
  s = s.replace(/^(\S.*?) (?:mountains?|mount|mt)$/, "jabal $1");
  // Articles joined without separator after a space are common in titles: "Jisr ash Shughur".
  s = s.replace(/(^| )(?:al|el|as|ash|ad|at|az|ar|an|ath|adh)(?= )/g, "$1").trim();
  // Doubled letters carry no meaning in transliteration (Maarrat / Marat, Tell / Tel).
  s = s.replace(/([a-z])\1+/g, "$1");
  for (const [pattern, replacement] of PREFIX_FAMILIES) s = s.replace(pattern, replacement);
  const words = s.split(" ").filter(Boolean);
  return words.map((word, i) => foldWord(word, i === words.length - 1)).join(" ");
}

/**
 * `last`: the name's last word. Only there is "-at" a feminine ending to drop; before another
 * word it is the construct state and keeps its t ("Darat Izza" is not "Daraa Izza").
 */
function foldWord(word: string, last = true): string {
  // The ending -iyah / -iya / -iyyeh / -ieh / -ia is one sound (Ghassaniyah, Gassanieh), kept apart
  // from a bare -i (al-Sukkari is not al-Sukkariyah).
  let w = word
    .replace(/(?:iyy?(?:ah|eh|a|e)|ieh|ia)$/, "iy")
    // o, ou, oo and aw before a consonant are one vowel: Joz / Jouz / Jawz, Orum / Urum.
    .replace(/aw(?=[^aeiouy])/g, "u")
    .replace(/ou|oo|o/g, "u")
    .replace(/ee|ie/g, "i")
    .replace(/ey|ei|ai|ay/g, "y")
    .replace(/aa/g, "a")
    .replace(/kh/g, "x")
    // Ghayn is "gh" in English and "g" in French and Italian spellings (Gassanieh).
    .replace(/gh/g, "g")
    .replace(/q/g, "k")
    .replace(/(.)\1+/g, "$1");
  // Feminine/locative endings vary freely in transliteration: Tramla/Tramlah, Atme/Atmeh.
  if (w.length > 3) w = w.replace(last ? /(?:ah|eh|at|a|e|h)$/ : /(?:ah|eh|a|e|h)$/, "");
  return w;
}

/** Normalised keys of a name together with its alternates, deduplicated. */
export function nameKeys(names: readonly string[]): string[] {
  return [...new Set(names.map(normalizeName).filter((k) => k.length > 0))];
}

/**
 * The consonant skeleton of a normalised key ("besqal" and "baskal" both give "bskl"): a second,
 * looser key for Syrian names whose vowels reporters render every which way (Ahsam / Ihsim,
 * Kafr Nobl / Kafr Nabl). Only used where the context already says "this is a place".
 */
export function consonantSkeleton(key: string): string {
  return key
    .replace(/[aeiouy]/g, "")
    .replace(/(.)\1+/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}
