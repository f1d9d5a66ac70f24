import { MONTHS, WEEKDAYS } from "../../shared/calendar.ts";

/**
 * Word lists the recogniser consults. Kept apart from the logic so they can grow without
 * touching it.
 */

/** Lower-case articles and particles that may sit inside a place name: "Bab al-Hawa". */
export const NAME_PARTICLES = new Set([
  "al",
  "el",
  // "Deir ez-Zor", "Ras el-Ain", "Tell es-Sultan": the article written with its sun letter.
  "ez",
  "es",
  "ed",
  "er",
  "en",
  "ad",
  "adh",
  "ash",
  "as",
  "at",
  "ath",
  "az",
  "ar",
  "an",
  "bin",
  "ibn",
  "bani",
  "bani",
]);

/** The region's nationality adjectives. */
const NATIONALITY_ADJECTIVES = [
  "syrian",
  "turkish",
  "russian",
  "iranian",
  "iraqi",
  "lebanese",
  "jordanian",
  "kurdish",
  "israeli",
];

/**
 * Words that may surround a place name inside a capitalised run without making it something
 * else: "Idlib Province", "Northern Hama", "Atmeh Camp".
 */
export const PLACE_AFFIXES = new Set([
  "province",
  "governorate",
  "city",
  "town",
  "village",
  "countryside",
  "region",
  "district",
  "subdistrict",
  "plain",
  "plains",
  "mountain",
  "mountains",
  "camp",
  "camps",
  // "Qah IDP Camp", "Atmeh Refugee Camp".
  "idp",
  "idps",
  "refugee",
  "border",
  "crossing",
  // "the Cilvegozu Border Gate": Turkish usage for a crossing.
  "gate",
  "gates",
  "north",
  "south",
  "east",
  "west",
  "northern",
  "southern",
  "eastern",
  "western",
  "central",
  "northwestern",
  "northwest",
  "northeast",
  "southwest",
  "southeast",
  // "in NW Syria".
  "nw",
  "ne",
  "sw",
  "se",
  "northeastern",
  "southwestern",
  "southeastern",
  "north-western",
  "greater",
  "rural",
  "upper",
  "lower",
  "old",
  "new",
  // Adjectives of nationality qualify a place without being part of another name:
  // "the northwestern Syrian Idlib province".
  ...NATIONALITY_ADJECTIVES,
]);

/**
 * Words that name something else wherever they stand: news agencies and armed groups whose
 * acronyms or names are also places somewhere (SANA / Sana'a, SNA).
 */
export const NEVER_PLACES_ANYWHERE: ReadonlySet<string> = new Set([
  "sana",
  "sna",
  "anha",
  "afp",
  "reuters",
  // The broadcaster ("Al Jazeera reported"), not a village of a like skeleton.
  "jazeera",
  // Demonyms ("American officials"), not Americana in Brazil.
  "american",
  "americans",
  "british",
  "european",
  // Faith communities, not the places of a like spelling.
  "shia",
  "shiite",
  "shiites",
  "sunni",
  "sunnis",
  "hts",
  "hamas",
  "nusra",
  "sdf",
  "ypg",
  "isis",
  "daesh",
  // The nerve agent, not Sarrin near Kobani (doubled letters fold, so the keys meet).
  "sarin",
  // The party, not the GeoNames hamlets of that name.
  "baath",
  "ba'ath",
  // Faith, calendar and market words that village names echo ("Islam" is not Salma, "Ramadan"
  // not Remedana, "Quran" not Kuran).
  "islam",
  "quran",
  "koran",
  "ramadan",
  "eid",
  "souk",
  "souq",
  "sharia",
  "jihad",
  "imam",
  "allah",
  "hajj",
  "caliphate",
]);

/** Month and weekday names are dates, never places, however a gazetteer spells its towns. */
export const NEVER_PLACES: ReadonlySet<string> = new Set<string>([
  ...MONTHS,
  ...WEEKDAYS,
  // "26 Mar 2014": datelines abbreviate months.
  ...["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"],
]);

/** Lower-case compass words that can open a name ("eastern Turkistan", "eastern Ghouta"). */
export const DIRECTION_WORDS = new Set([
  "eastern",
  "western",
  "northern",
  "southern",
  "east",
  "west",
  "north",
  "south",
]);

/**
 * Capitalised words that open sentences or titles and happen to be place names somewhere
 * ("Of" in Turkey, "Hit" in Iraq, "Mobile"). Only their sentence-initial or title use is
 * ignored; inside a cue such as "the villages of ..." they still count.
 */
export const COMMON_WORDS = new Set(
  (
    "a about above after again against all also although among an and another any are around as at " +
    "back be because been before being below between both but by can could day did do does down during " +
    "each early earlier even ever every few for from further had has have he her here him his how however " +
    "if in into is it its just last late later least less like many may meanwhile might more most much must " +
    "near never new next no nor not now of off on once one only or other our out over own per prior " +
    "rather same she should since so some still such than that the their them then there these they this " +
    "those though through thus to today too under until up upon us very was we were what when where " +
    "whether which while who whom why will with within without would yet you your " +
    "january february march april may june july august september october november december " +
    "monday tuesday wednesday thursday friday saturday sunday " +
    "amid according thirty twenty forty fifty hundred thousand million reports officials sources share " +
    "president minister spokesman regime government army forces rebels police mr mrs ms dr sheikh " +
    "general colonel commander ambassador deputy foreign ministry defence defense interior " +
    "hit salt mobile reading bath split nice van of mission independence union liberty victory " +
    "hope unity peace justice islamic arab arabs free front brigade army council agency news press " +
    "world human rights watch network civil defense defence white helmets observatory"
  ).split(" "),
);

/** Titles and given-name cues: a run holding one of these is a person, not a place. */
export const PERSON_TITLES = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "president",
  "minister",
  "spokesman",
  "spokeswoman",
  "ambassador",
  "envoy",
  "general",
  "gen",
  "colonel",
  "col",
  "commander",
  "secretary",
  "king",
  "prince",
  "emir",
]);

/**
 * Plural nouns that introduce a list of places: "the villages of A, B and C", "several villages
 * in the southern countryside of Idlib, including A, B and C".
 */
export const LIST_CUES =
  /\b(?:villages?|towns?|cities|city|areas?|localities|locality|districts?|neighbou?rhoods?|camps?|hamlets?|settlements?|communities)\s+(?:of|[^.;:!?]{0,90}?\b(?:including|such as|namely))\s+$|\b(?:named|identified|listed|gave)\s+(?:the\s+)?(?:villages?|towns?)\s+as\s+$/i;

/**
 * Function words that headlines capitalise ("Joint Patrol Of M4 Highway In Syria's Idlib"): they
 * never belong to a place name here, so they break capitalised runs.
 */
export const TITLE_FUNCTION_WORDS = new Set([
  "in",
  "of",
  "on",
  "at",
  "the",
  "and",
  "for",
  "to",
  "from",
  "with",
  "by",
  "as",
  "after",
  "over",
  "into",
  "amid",
  "near",
  "against",
  "across",
  "a",
  "an",
  "is",
  "are",
  "was",
  "were",
]);

/** A word of English or a nationality adjective: never a place name by itself. */
export function isPlainWord(t: { text: string }): boolean {
  const w = t.text.toLowerCase();
  return PLACE_AFFIXES.has(w) || COMMON_WORDS.has(w);
}

/**
 * Words that make a capitalised phrase an organisation or a people, not a place ("National
 * Coalition for Syrian Revolutionary and Opposition Forces", "villages of Alawites"). Only
 * names no gazetteer knows are checked against them.
 */
const GROUP_WORDS = new Set([
  "force",
  "forces",
  "army",
  "coalition",
  "council",
  "front",
  "revolutionary",
  "brigade",
  "brigades",
  "division",
  "movement",
  "party",
  "committee",
  "organization",
  "organisation",
  "agency",
  "observatory",
  "monitor",
  "ministry",
  "directorate",
  "authority",
  "government",
  "opposition",
  "regime",
  "militia",
  "militias",
  "faction",
  "factions",
  "helmets",
  "fighters",
  "rebels",
  "jihadists",
  "militants",
  "soldiers",
  "troops",
  "alliance",
  "kurds",
  "druze",
  "arabs",
  "sunnis",
  "shiites",
  "turkmen",
]);

export function namesAGroup(tokens: ReadonlyArray<{ text: string }>): boolean {
  if (tokens.some((t) => GROUP_WORDS.has(t.text.toLowerCase()))) return true;
  if (tokens.length !== 1) return false;
  // Peoples and followers (Alawites, a Shiite, Circassians, Salafists); an unknown acronym ("WHO",
  // "UNICEF") is an organisation.
  return /(?:ites?|ians?|ists?)$/i.test(tokens[0]!.text) || /^[A-Z]{2,6}$/.test(tokens[0]!.text);
}

/**
 * "as", "at", "an" written apart ("such as Darat Ezza", "Moscow as Turkish jets"): English words.
 * Joined by a hyphen they are the Arabic article ("as-Safira").
 */
export const ENGLISH_PARTICLES: ReadonlySet<string> = new Set(["as", "at", "an"]);

/** Words after which a capitalised name is a place more often than not. */
export const LOCATIVES: ReadonlySet<string> = new Set([
  "in",
  "near",
  "from",
  "outside",
  "around",
  "towards",
  "toward",
  "of",
]);

/** The word before token `at` says place: "in X", "near X". */
export function followsLocative(tokens: ReadonlyArray<{ text: string }>, at: number): boolean {
  return LOCATIVES.has(tokens[at - 1]?.text.toLowerCase() ?? "");
}

/** Nouns that, right after a name, say it is a place: "Morak city", "the Saraqeb crossing". */
export const PLACE_NOUNS = new Set([
  "village",
  "villages",
  "town",
  "city",
  "camp",
  "camps",
  "crossing",
  "neighborhood",
  "neighbourhood",
  "district",
  "airbase",
  "airport",
  "base",
  "checkpoint",
  "mount",
  "mountain",
  "hill",
  "hills",
  "plain",
  "valley",
  "dam",
  // Rivers and lakes are places in the text, though not points: unplaced unless a gazetteer
  // gives them a point.
  "river",
  "lake",
  "sea",
]);
/** Words that may stand between such a name and its noun: "the Hamdiya military camps". */
export const PLACE_NOUN_MODIFIERS = new Set([
  "informal",
  "makeshift",
  "random",
  "military",
  "border",
  "displacement",
  "refugee",
  "village",
  "air",
]);

/**
 * Syrian place names open with words that are rarely anything else: Kafr (village), Tell
 * (mound), Deir (monastery), Ain (spring), Khirbet (ruin), Maarat, Jabal, Wadi, Burj, Qasr, Jisr.
 */
export const TOPONYM_HEADS = new Set([
  "kafr",
  "kfar",
  "kafar",
  "kefr",
  "tell",
  "tall",
  "tal",
  "tel",
  "deir",
  "dayr",
  "ain",
  "ayn",
  "khirbet",
  "khirbat",
  "maarat",
  "maaret",
  "jabal",
  "jebel",
  "jabl",
  "wadi",
  "burj",
  "qasr",
  "jisr",
  "mazraat",
  "qalaat",
]);

/**
 * Nationality words, which the English word list leaves out: in a title-case headline they are
 * capitalised words like any other ("Nubul and Al-Zahraa Welcome Syrian Army Troops").
 */
export const DEMONYMS: ReadonlySet<string> = new Set([
  ...NATIONALITY_ADJECTIVES,
  "syrians",
  "russians",
  "iranians",
  "iraqis",
  "american",
  "british",
  "french",
  "european",
  "arab",
  "arabs",
]);

/**
 * Nisbas, the "of a place" names that fighters and families go by ("Abu al-Faraj al-Masri", the
 * Egyptian): names of people, never matched by their consonants to a village.
 */
export const NISBAS: ReadonlySet<string> = new Set([
  "masri",
  "shami",
  "iraqi",
  "libi",
  "tunisi",
  "urduni",
  "filastini",
  "yemeni",
  "saudi",
  "kuwaiti",
  "jazrawi",
  "shishani",
  "turkistani",
  "muhajir",
  "ansari",
  "halabi",
  "homsi",
  "hamawi",
  "idlibi",
  "dimashqi",
]);

/**
 * First words of a state's institutions: a country before them is the country ("the US
 * Treasury", "US State Department spokeswoman", "the Turkish-backed ...").
 */
export const STATE_INSTITUTIONS: ReadonlySet<string> = new Set([
  "treasury",
  "state",
  "department",
  "ministry",
  "embassy",
  "army",
  "navy",
  "congress",
  "senate",
  "government",
  "administration",
  "defense",
  "defence",
  "foreign",
  "military",
  "forces",
  "consulate",
  "parliament",
]);
