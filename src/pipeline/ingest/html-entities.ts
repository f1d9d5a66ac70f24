/** The named character references news HTML actually uses; unknown names stay as written. */
const NAMED: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  shy: "",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  lsquo: "‘",
  rsquo: "’",
  sbquo: "‚",
  ldquo: "“",
  rdquo: "”",
  bdquo: "„",
  laquo: "«",
  raquo: "»",
  lsaquo: "‹",
  rsaquo: "›",
  bull: "•",
  middot: "·",
  copy: "©",
  reg: "®",
  trade: "™",
  deg: "°",
  times: "×",
  divide: "÷",
  euro: "€",
  pound: "£",
  cent: "¢",
  yen: "¥",
  sect: "§",
  para: "¶",
  prime: "′",
  Prime: "″",
  zwnj: "\u200c",
  zwj: "\u200d",
  lrm: "\u200e",
  rlm: "\u200f",
  thinsp: "\u2009",
  ensp: "\u2002",
  emsp: "\u2003",
  aacute: "á",
  agrave: "à",
  acirc: "â",
  auml: "ä",
  atilde: "ã",
  aring: "å",
  ccedil: "ç",
  eacute: "é",
  egrave: "è",
  ecirc: "ê",
  euml: "ë",
  iacute: "í",
  igrave: "ì",
  icirc: "î",
  iuml: "ï",
  ntilde: "ñ",
  oacute: "ó",
  ograve: "ò",
  ocirc: "ô",
  ouml: "ö",
  otilde: "õ",
  oslash: "ø",
  uacute: "ú",
  ugrave: "ù",
  ucirc: "û",
  uuml: "ü",
  szlig: "ß",
  Aacute: "Á",
  Eacute: "É",
  Iacute: "Í",
  Oacute: "Ó",
  Uacute: "Ú",
  Auml: "Ä",
  Ouml: "Ö",
  Uuml: "Ü",
  Ccedil: "Ç",
  Ntilde: "Ñ",
};

/**
 * Browsers read `&#150;` and friends as windows-1252, and old CMS output relies on it, so an
 * en dash must not turn into a C1 control character.
 */
const WINDOWS_1252: Readonly<Record<number, string>> = {
  0x80: "€",
  0x82: "‚",
  0x84: "„",
  0x85: "…",
  0x86: "†",
  0x87: "‡",
  0x89: "‰",
  0x8b: "‹",
  0x91: "‘",
  0x92: "’",
  0x93: "“",
  0x94: "”",
  0x95: "•",
  0x96: "–",
  0x97: "—",
  0x99: "™",
  0x9b: "›",
};

function fromCodePoint(code: number): string {
  if (code >= 0x80 && code <= 0x9f) return WINDOWS_1252[code] ?? "\ufffd";
  // NUL, surrogates and out-of-range values are what the HTML spec replaces too.
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\ufffd";
  return String.fromCodePoint(code);
}

/** Decode character references (`&amp;`, `&#8217;`, `&#x2019;`); a missing `;` means literal. */
export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(
    /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/g,
    (m, dec?: string, hex?: string, name?: string) => {
      if (dec !== undefined) return fromCodePoint(Number.parseInt(dec, 10));
      if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
      // hasOwn: "&constructor;" must not reach Object.prototype.
      return name !== undefined && Object.hasOwn(NAMED, name) ? (NAMED[name] ?? m) : m;
    },
  );
}
