import { describe, expect, it } from "vitest";
import { GazetteerIndex } from "../gazetteer/gazetteer-index.ts";
import { entry, testEntries, testIndex } from "../test-index.ts";
import { recognize } from "./recognize.ts";

const names = (text: string) => recognize(text, testIndex()).names.map((n) => n.text);

describe("recognize", () => {
  it.each([
    ["Fighting in Idlib province went on.", ["Idlib"]],
    ["Thousands fled Maaret al-Numan's outskirts.", ["Maaret al-Numan"]],
    ["Ankara said Turkey-Syria border was shut.", ["Turkey", "Syria"]],
    ["in the northwestern Syrian Idlib province", ["Idlib"]],
    ["Mr Kalin said on Tuesday that talks go on.", []],
    ["between December and March the fighting slowed", []],
    [
      "the villages of Kansafra, Has, Bab al-Taqa and Al-Mintar were hit",
      ["Kansafra", "Has", "Bab al-Taqa", "Al-Mintar"],
    ],
    ["Hayat Tahrir al-Sham controls the area.", []],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it("keeps offsets into the original text", () => {
    const text = "Shelling hit Ma'arrat al-Nu'man again.";
    const [name] = recognize(text, testIndex()).names;
    expect(name && text.slice(name.start, name.end)).toBe("Ma'arrat al-Nu'man");
  });

  it("marks items of a village list as listed, with no candidates when unknown", () => {
    const [first, second] = recognize("the villages of Has and Kafarin", testIndex()).names;
    expect(first?.listed).toBe(true);
    expect(first?.candidates.map((c) => c.id)).toEqual(["hass"]);
    expect(second?.text).toBe("Kafarin");
    expect(second?.candidates).toEqual([]);
  });

  it("ends a list where a name after a comma opens a new clause ('Al-Alaneh, Abdullah and his men')", () => {
    const found = (t: string) => recognize(t, testIndex()).names.map((n) => n.text);
    expect(found("In the village of Kafarin, Abdullah and his comrades winced.")).toEqual([
      "Kafarin",
    ]);
    // A longer series, or a comma before the "and", keeps its last name.
    expect(found("the villages of Has, Kafarin, Termela and the hill of Tel Nasr")).toContain(
      "Termela",
    );
    expect(found("the villages of Has, Kafarin, and have moved on")).toContain("Kafarin");
    // Nor is such a name enumerated with a known village before it.
    expect(found("Near Al-Bab, Abdullah and his comrades winced.")).toEqual(["Al-Bab"]);
    expect(found("Troops hit Al-Bab, Hass, Kafarin and the old village.")).toContain("Kafarin");
  });

  it("does not take an English 'has' for the village Hass", () => {
    expect(names("The regime has stepped up attacks.")).toEqual([]);
  });
});

describe("recognize: spelling and headline robustness", () => {
  it("finds a Syrian name written with other vowels when the context says place", () => {
    const found = recognize("Shelling hit Idlib and Maarat al-Naaman.", testIndex()).names;
    expect(found.map((n) => [n.text, n.candidates[0]?.id, n.fuzzy ?? false])).toEqual([
      ["Idlib", "idlib-governorate", false],
      ["Maarat al-Naaman", "maarat-al-numan", true],
    ]);
  });

  it("does not read a nationality adjective as a place by its consonants", () => {
    expect(names("Syrian officials said the area of Syrian forces was calm.")).toEqual([]);
  });

  it("lets capitalised headline words end a run", () => {
    expect(names("Russia, Turkey Hold Joint Patrol In Syria's Idlib")).toEqual([
      "Turkey",
      "Syria",
      "Idlib",
    ]);
  });
});

describe("recognize: the Arabic article in capitals", () => {
  it("keeps 'An' inside a name rather than reading it as English", () => {
    expect(names("Families fled Ma’arrat An Nu’man on Monday.")).toEqual(["Ma’arrat An Nu’man"]);
  });
});

describe("recognize: English words", () => {
  it("does not take a capitalised English word for a small far-away place", () => {
    const index = new GazetteerIndex([
      entry("port-vila-alt", ["File"], -17.7, 168.3, "town", {
        country: "VU",
        population: 35_000,
        rank: 0,
      }),
    ]);
    expect(
      recognize("Trucks cross every month [File: Reuters]", index, new Set(["file"])).names,
    ).toEqual([]);
    expect(
      recognize("Trucks cross every month [File: Reuters]", index, new Set()).names,
    ).toHaveLength(1);
  });
});

describe("recognize: enumerations with a known Syrian village", () => {
  const fleifel = entry("fleifel", ["Fleifel"], 35.589, 36.457, "village");
  const index = new GazetteerIndex([...testIndex().entries(), fleifel]);
  const found = (text: string) => recognize(text, index).names.map((n) => n.text);

  it("keeps every name enumerated with the village, whichever end the village is at", () => {
    expect(
      found("Shelling resumed on al-Halloubi, al-Anqawi, Kafaraweed, Fleifel and al-Fateera."),
    ).toEqual(["al-Halloubi", "al-Anqawi", "Kafaraweed", "Fleifel", "al-Fateera"]);
  });

  it("puts them in one list with the village, so they can be placed near it", () => {
    const names = recognize("Shelling hit Kafaraweed, Sufouhn and Fleifel.", index).names;
    expect(new Set(names.map((n) => n.list?.id)).size).toBe(1);
  });

  it("does not take a person after a comma for a place", () => {
    expect(found("They fled Fleifel, Mohamad Abu Ammar said.")).toEqual(["Fleifel"]);
  });

  it("does not enumerate a sentence's first word with what follows", () => {
    expect(found("Furthermore, Fleifel was hit.")).toEqual(["Fleifel"]);
  });
});

describe("recognize: people, groups and sentence openers", () => {
  // Far-away cities that list a common word or a first name among their other names, as
  // GeoNames does (Davao answers to "Central", Sanya to "Samah").
  const index = () =>
    new GazetteerIndex([
      entry("turkey", ["Turkey"], 39, 35, "country", { country: "TR" }),
      entry("hama-city", ["Hama"], 35.13179, 36.75783, "city", { population: 460_602 }),
      entry("davao", ["Davao", "Central"], 7.07, 125.6, "city", {
        country: "PH",
        population: 1_212_504,
      }),
      entry("sanya", ["Sanya", "Samah"], 18.25, 109.5, "city", {
        country: "CN",
        population: 1_031_396,
      }),
      entry("kansafra", ["Kansafra"], 35.63, 36.5, "village"),
    ]);
  const words = new Set(["bordering", "central"]);
  const found = (text: string) => recognize(text, index(), words).names.map((n) => n.text);

  it("drops an English word that opens the sentence from the run", () => {
    expect(found("Bordering Turkey, the mountain is Kurdish.")).toEqual(["Turkey"]);
  });

  it("does not take a common word or a first name known only as a far city's other name", () => {
    expect(found("27 kilometers north of Hama, Central Syria.")).toEqual(["Hama"]);
    expect(found("Idlib – Samah Alloush reports.")).toEqual([]);
  });

  it("keeps organisations and peoples out of village lists", () => {
    expect(found("the villages of Kansafra and Alawites")).toEqual(["Kansafra"]);
    expect(
      found("the National Coalition for Syrian Revolutionary and Opposition Forces said"),
    ).toEqual([]);
  });
});

describe("recognize: list cues, datelines and dates", () => {
  it("takes the places after 'villages ..., including' as a list", () => {
    const found = recognize(
      "The army captured several villages in the southern countryside of Idlib, including Sheikh Mustafa, Al-Naqeer and Kansafra.",
      testIndex(),
    ).names;
    expect(found.map((n) => [n.text, n.listed])).toEqual([
      ["Idlib", false],
      ["Sheikh Mustafa", true],
      ["Al-Naqeer", true],
      ["Kansafra", true],
    ]);
  });

  it("reads a shouted province in a dateline, but not a month abbreviation or the Baath", () => {
    expect(names("IDLIB, Syria – The army advanced.")).toEqual(["IDLIB", "Syria"]);
    expect(names("26 Mar 2014 - 4:09")).toEqual([]);
    expect(names("The Baath party ruled Syria.")).toEqual(["Syria"]);
  });

  it("reads Sarin as the nerve agent, though Sarrin's key is the same", () => {
    const index = new GazetteerIndex([
      entry("sarrin", ["Sarrin", "Sirrin"], 36.5, 38.1, "town", { rank: 3 }),
      entry("syria", ["Syria"], 35, 38, "country"),
    ]);
    const found = (t: string) => recognize(t, index).names.map((n) => n.text);
    expect(found("Sarin was used in Syria.")).toEqual(["Syria"]);
    expect(found("Fighters entered Sarrin.")).toEqual(["Sarrin"]);
  });

  it("reads a shouted dateline before a colon, comma or dash, but not a field label", () => {
    const index = new GazetteerIndex([
      entry("amman", ["Amman"], 31.95, 35.93, "city", { country: "JO", population: 1_275_857 }),
      entry("afrin", ["Afrin"], 36.51, 36.87, "town", { population: 36_562 }),
      entry("breaking", ["Breaking"], 10, 10, "village", { country: "XX", population: 600 }),
    ]);
    // "amman" is in the word list, as it happens; a big city still goes by it.
    const words = new Set(["amman", "breaking", "opposition", "at", "the"]);
    const found = (t: string) => recognize(t, index, words).names.map((n) => n.text);
    expect(found("Title\n\nAMMAN: Opposition fighters advanced.")).toEqual(["AMMAN"]);
    expect(found("Title\n\nAFRIN — At the start of April.")).toEqual(["AFRIN"]);
    expect(found("Title\n\nAMMAN (Reuters) - Opposition fighters advanced.")).toEqual(["AMMAN"]);
    expect(found("Title\n\nBREAKING: Opposition fighters advanced.")).toEqual([]);
  });

  it("does not fold English words into far places, but keeps a place spelled as it is", () => {
    const abroad = { country: "DE", population: 112_025 };
    const index = new GazetteerIndex([
      entry("furth", ["Fürth"], 49.47, 10.99, "city", abroad),
      entry("casablanca", ["Casablanca", "White House"], 33.59, -7.62, "city", {
        country: "MA",
        population: 3_144_909,
      }),
      entry("geneva", ["Genève", "Geneva"], 46.2, 6.14, "city", {
        country: "CH",
        population: 183_981,
      }),
    ]);
    const words = new Set(["fourth", "white", "house", "geneva", "division", "the"]);
    const found = (t: string) => recognize(t, index, words).names.map((n) => n.text);
    expect(found("The White House said the Fourth Division moved.")).toEqual([]);
    expect(found("Reporters in Geneva heard it.")).toEqual(["Geneva"]);
  });

  it("reads a toponym's head word as the start of an unknown name, not a town of its own", () => {
    const index = new GazetteerIndex([
      entry("at-tall", ["At Tall", "Tal"], 33.61, 36.31, "town", { population: 55_561 }),
      entry("hama", ["Hama"], 35.13, 36.76, "city", { population: 696_863 }),
    ]);
    const names = recognize("Shells hit the village of Tal Darah, east of Hama.", index).names;
    expect(names.map((n) => n.text)).toEqual(["Tal Darah", "Hama"]);
    expect(names[0]!.candidates).toEqual([]);
  });

  it("reads a country opening a camp's longer name as part of that name", () => {
    const index = new GazetteerIndex([
      entry("kuwait", ["Kuwait"], 29.3, 47.5, "country", { country: "KW" }),
      entry("atmeh", ["Atmeh", "Atmeh camp"], 36.2, 36.69, "village", { rank: 3 }),
    ]);
    const found = (t: string) => recognize(t, index).names.map((n) => n.text);
    expect(found("She lives in the Kuwait Preachers Camp near Atmeh.")).not.toContain("Kuwait");
    expect(found("Kuwait sent aid to the Atmeh Camp.")).toEqual(["Kuwait", "Atmeh Camp"]);
  });

  it("reads a place inside a title-case headline, but not the headline's English words", () => {
    const index = new GazetteerIndex([
      entry("qah", ["Qah"], 36.26, 36.66, "village", { rank: 3 }),
      entry("hit", ["Hit"], 33.64, 42.83, "city", { country: "IQ", population: 60_000 }),
      entry("al-sumaah", ["al-Sumaah", "Some"], 36.0, 36.5, "village", { rank: 3 }),
    ]);
    const words = new Set(["densely", "packed", "camp", "hit", "missiles", "today", "some"]);
    const found = (t: string) => recognize(t, index, words).names.map((n) => n.text);
    expect(found("Densely Packed Qah IDP Camp Hit By Missiles Today\n\nText.")).toEqual(["Qah"]);
    expect(found("Some Missiles Hit Packed Camp Today\n\nText.")).toEqual([]);
  });

  it("knows a headline that keeps its prepositions and nationality words as they are", () => {
    const index = new GazetteerIndex([
      entry("nubl", ["Nubl", "Nubul"], 36.37, 37.0, "town", { rank: 3 }),
      entry("al-zahraa", ["al-Zahraa"], 36.36, 37.01, "town", { rank: 3 }),
    ]);
    const words = new Set(["welcome", "army", "troops", "after", "years", "siege", "in", "and"]);
    const found = (t: string) => recognize(t, index, words).names.map((n) => n.text);
    expect(
      found(
        "VIDEO: Nubul and Al-Zahraa Welcome Syrian Army Troops after 3 Years in Siege\n\nText.",
      ),
    ).toEqual(["Nubul", "Al-Zahraa"]);
  });

  it("ends a name at a spaced English 'as' ('Ankara and Moscow as Turkish jets ...')", () => {
    const index = new GazetteerIndex([
      entry("ankara", ["Ankara"], 39.9, 32.8, "city", { country: "TR", population: 3_500_000 }),
      entry("moscow", ["Moscow"], 55.75, 37.6, "city", { country: "RU", population: 10_000_000 }),
    ]);
    const found = recognize("A spat between Ankara and Moscow as Turkish jets flew.", index);
    expect(found.names.map((n) => n.text)).toEqual(["Ankara", "Moscow"]);
  });

  it("reads 'X Border Gate' as X, and never the broadcaster Al Jazeera as a village", () => {
    const index = new GazetteerIndex([
      entry("cilvegozu", ["Cilvegözü"], 36.24, 36.64, "village", { country: "TR", rank: 3 }),
      entry("gat", ["Kiryat Gat", "Gate"], 31.6, 34.76, "city", {
        country: "IL",
        population: 50_000,
      }),
      entry("jazraya", ["Jazraya"], 36.05, 37.0, "village", { rank: 3 }),
    ]);
    const words = new Set(["gate", "border"]);
    const found = (t: string) => recognize(t, index, words).names.map((n) => n.text);
    expect(found("They waited at the Cilvegozu Border Gate for hours.")).toEqual(["Cilvegozu"]);
    expect(found("The channel Al Jazeera reported it.")).toEqual([]);
  });

  it("reads a curated town opening a run after 'in' as the town ('in Jindires Newroz rites')", () => {
    const index = new GazetteerIndex([
      entry("jindires", ["Jindires"], 36.39, 36.69, "town", { rank: 3, population: 13_000 }),
    ]);
    const found = (t: string) => recognize(t, index).names.map((n) => n.text);
    expect(found("Four Kurds were killed in Jindires Newroz celebrations.")).toEqual(["Jindires"]);
    expect(found("Jindires Mahmoud spoke to reporters.")).toEqual([]);
  });

  it("breaks a run at a spaced English 'as' inside it ('known to the Turks as Turkmen Mountain')", () => {
    const index = new GazetteerIndex([
      entry("turkmen-mountain", ["Turkmen Mountain"], 35.78, 35.98, "region", { rank: 3 }),
    ]);
    const found = recognize("The area is known to the Turks as Turkmen Mountain.", index);
    expect(found.names.map((n) => n.text)).toEqual(["Turkmen Mountain"]);
  });

  it("does not read a kunya as a place whose name only sounds like it", () => {
    const index = new GazetteerIndex([
      entry("baba-amr", ["Baba Amr"], 34.71, 36.69, "landmark", { rank: 3, population: 34_175 }),
      entry("abu-al-zendeen", ["Abu al-Zendeen"], 36.37, 37.33, "crossing", { rank: 3 }),
    ]);
    const found = (t: string) => recognize(t, index).names.map((n) => n.text);
    expect(found("The fighter, Abu Ammar, said the road was cut.")).toEqual([]);
    expect(found("Trucks crossed at the Abu Zendin crossing.")).toEqual(["Abu Zendin"]);
  });

  it("keeps hospitals' namesakes, folded English words, Nusra and 'NW' out of the places", () => {
    const index = new GazetteerIndex([
      entry("kindia", ["Kindia"], 10.06, -12.86, "city", { country: "GN", population: 117_062 }),
      entry("huwa", ["Huwa"], 35.6, 36.6, "village", { rank: 3 }),
      entry("al-nasirah", ["al-Nasirah", "Nasira"], 34.76, 36.28, "town", { rank: 3 }),
      entry("syria", ["Syria"], 34.8, 38.99, "country", { rank: 1 }),
    ]);
    const words = new Set(["how", "many", "camps", "hospital"]);
    const found = (t: string) => recognize(t, index, words).names.map((n) => n.text);
    expect(found("Shells hit the Kindi hospital.")).toEqual([]);
    expect(found("Q: How many people are waiting?")).toEqual([]);
    expect(found("Al-Nusra fighters left.")).toEqual([]);
    expect(found("A blizzard hit the camps in NW Syria.")).toEqual(["Syria"]);
    expect(found("Jets flew over the Mediterranean Sea.")).toEqual(["Mediterranean Sea"]);
  });

  it("echoes a name read by its consonants where the words say place again ('EHSIM, Syria')", () => {
    const index = new GazetteerIndex([
      entry("ihsim", ["Ihsim"], 35.72, 36.56, "town", { rank: 3, population: 8_000 }),
      entry("syria", ["Syria"], 34.8, 38.99, "country", { rank: 1 }),
    ]);
    const found = (t: string) => recognize(t, index).names.map((n) => n.text);
    expect(
      found("A house in the village of Ehsim was hit.\n\nEHSIM, Syria - Shelling killed seven."),
    ).toEqual(["Ehsim", "EHSIM", "Syria"]);
  });

  it("keeps a speaker's surname a person's, even when a big city abroad goes by it", () => {
    const index = new GazetteerIndex([
      entry("wuxi", ["Wuxi", "Usi"], 31.57, 120.29, "city", {
        country: "CN",
        population: 4_396_835,
      }),
      entry("al-muaysirat", ["Al Mu'aysirat"], 35.6, 36.09, "village", { rank: 3 }),
    ]);
    const found = (t: string) => recognize(t, index).names.map((n) => n.text);
    expect(found("Imad Usi, the commander, spoke. Usi added that shells hit outposts.")).toEqual(
      [],
    );
    // A nisba ("the Egyptian") is a person's name, not a village of like consonants.
    expect(found("Al-Masri, which in Arabic means the Egyptian, was killed.")).toEqual([]);
  });

  it("reads no place in a credit line ('Reporting by Baha' al-Nobani')", () => {
    const index = new GazetteerIndex([
      entry("nabain", ["Nabain", "Nobani"], 36.0, 36.5, "village", { rank: 3 }),
      entry("hama", ["Hama"], 35.13, 36.76, "city", { rank: 3, population: 460_602 }),
    ]);
    const found = (t: string) => recognize(t, index).names.map((n) => n.text);
    expect(found("Reporting by Baha’ al-Nobani; editing by Robin Pomeroy")).toEqual([]);
    expect(found("The strike was reported by Hama residents.")).toEqual(["Hama"]);
  });

  it("never ends a name on its article ('Bab al-Hadid' is not 'Bab al' and 'Hadid')", () => {
    const index = new GazetteerIndex([
      entry("bab-allah", ["Bab Allah", "Bab al"], 36.5, 36.9, "village", { rank: 3 }),
      entry("hadidah", ["Hadid"], 36.0, 37.0, "village", { rank: 3 }),
    ]);
    const found = recognize("A bakery in Bab al-Hadid was hit.", index).names.map((n) => n.text);
    expect(found).not.toContain("Bab al");
  });

  it("keeps the article written 'a-' inside a name ('Jisr a-Shughour')", () => {
    const index = new GazetteerIndex([
      entry("jisr-al-shughur", ["Jisr al-Shughur"], 35.81, 36.32, "city", { rank: 3 }),
    ]);
    const found = (t: string) => recognize(t, index).names.map((n) => n.text);
    expect(found("Teachers in Jisr a-Shughour went on strike.")).toEqual(["Jisr a-Shughour"]);
  });

  it("takes a rare English word capitalised inside a sentence for the Syrian name it spells", () => {
    const index = new GazetteerIndex([
      entry("mare", ["Mare'", "Marea", "Maareh"], 36.48, 37.2, "town", { rank: 3 }),
    ]);
    // The word list holds "maare", the plural of "maar" (a volcanic crater).
    const words = new Set(["maare", "bakery", "in"]);
    const found = (t: string) => recognize(t, index, words).names.map((n) => n.text);
    expect(found("A bakery in Maare, northern Aleppo, was hit.")).toEqual(["Maare"]);
  });

  it("keeps New York, whose words are English too, and drops demonyms and the Quds Force", () => {
    const index = new GazetteerIndex([
      entry("nyc", ["New York City", "New York"], 40.7, -74, "city", {
        country: "US",
        population: 8_804_190,
      }),
      entry("americana", ["Americana", "American"], -22.7, -47.3, "city", {
        country: "BR",
        population: 196_022,
      }),
      entry("jerusalem", ["Jerusalem", "Quds"], 31.77, 35.21, "city", {
        country: "PS",
        population: 800_000,
      }),
    ]);
    const words = new Set(["new", "york", "officials", "said"]);
    const found = (t: string) => recognize(t, index, words).names.map((n) => n.text);
    expect(found("The council met in New York.")).toEqual(["New York"]);
    expect(found("Two American officials said so.")).toEqual([]);
    expect(found("The Quds Force commander was killed.")).toEqual([]);
  });

  it("reads a name opening with an ayn mark as capitalised ('Tall ʿAran')", () => {
    const names = recognize("Fighting went on around Tall ʿAran.", testIndex()).names;
    expect(names.map((n) => n.text)).toEqual(["Tall ʿAran"]);
  });

  it("does not take fighters, rebels or troops for a place", () => {
    const names = recognize(
      "Security forces besiege the Camp of French Fighters in Idlib.",
      testIndex(),
    ).names.map((n) => n.text);
    expect(names).toEqual(["Idlib"]);
  });

  it("does not list an unknown acronym as a place", () => {
    expect(names("aid reached areas in Idlib, including WHO, UNICEF and Has")).toEqual([
      "Idlib",
      "Has",
    ]);
  });
});

describe("recognize: loosely spaced enumerations", () => {
  it("follows a list whatever the spaces around its commas", () => {
    const found = recognize(
      "restoring control over Kansafra, Has , M’aerkaba ,and al-Lahaya towns",
      testIndex(),
    ).names.map((n) => n.text);
    expect(found).toEqual(["Kansafra", "Has", "M’aerkaba", "al-Lahaya"]);
  });
});

describe("recognize: names the words mark as places", () => {
  it("keeps unknown names with a Syrian toponym head or a place noun after them", () => {
    const found = recognize(
      "From Hass they went to Kafr Jallis. The army lifted the siege on the Wadi Deif and Hamdiya military camps. Forces in the Kobeibat al-Huda village camp shelled the Morak city.",
      testIndex(),
    ).names;
    expect(found.map((n) => [n.text, n.candidates.length > 0])).toEqual([
      ["Hass", true],
      ["Kafr Jallis", false],
      ["Wadi Deif", false],
      ["Hamdiya", false],
      ["Kobeibat al-Huda", false],
      ["Morak", false],
    ]);
  });

  it("does not take a sentence's first word, a person or a group for such a place", () => {
    expect(names("Deir officials met. Mr Kafr Jallis said so. The Tell Forces camp.")).toEqual([]);
  });

  it("finds a name written as one word by its consonants", () => {
    const [name] = recognize("observation point no. 8 in Maaretinuman", testIndex()).names;
    expect([name?.text, name?.candidates[0]?.id]).toEqual(["Maaretinuman", "maarat-al-numan"]);
  });
});

describe("recognize: place nouns that end a name", () => {
  it("keeps 'Arbaeen Mount' and 'Atmeh Camp' as places, and a Shiite as a person", () => {
    const found = recognize(
      "Fighters advance on Arbaeen Mount. Families fled to the Atmeh Camp. A Shiite cleric spoke in Idlib.",
      testIndex(),
    ).names.map((n) => n.text);
    expect(found).toEqual(["Arbaeen Mount", "Atmeh Camp", "Idlib"]);
  });
});

describe("recognition rules met in the eighth held-out set", () => {
  const index = () =>
    new GazetteerIndex([
      ...testEntries(),
      entry("new-york", ["New York City", "New York"], 40.71, -74.01, "city", {
        country: "US",
        population: 8_000_000,
      }),
      entry("york", ["York"], 53.96, -1.08, "city", { country: "GB", population: 150_000 }),
      entry("tsu", ["Tsu", "jin"], 34.73, 136.51, "city", { country: "JP", population: 163_000 }),
      entry("sale", ["Sale", "Salé"], 34.05, -6.8, "city", { country: "MA", population: 900_000 }),
      entry("tima", ["Tima", "Ţimā"], 26.9, 31.43, "town", { country: "EG", population: 101_000 }),
      entry("united-states", ["United States", "US", "U.S."], 39.8, -98.6, "country", {
        country: "US",
      }),
      entry("ankara", ["Ankara"], 39.92, 32.85, "city", { country: "TR", population: 3_500_000 }),
      entry("daraa-governorate", ["Daraa"], 32.9, 36.3, "governorate", { areaCode: "SY-DR" }),
      entry("darat-izza", ["Darat Izza"], 36.28, 36.85, "town", { population: 12_000 }),
      entry("anjara-jo", ["Anjarah"], 32.3, 35.75, "village", { country: "JO" }),
      entry("abu-umar", ["Abu Umar"], 35.46, 36.89, "village"),
      entry("azaz", ["Azaz"], 36.59, 37.05, "town", { population: 31_000 }),
      entry("kansafrah", ["Kansafrah", "Kansafra"], 35.63, 36.5, "village"),
      entry("al-bashiriyah", ["Al-Bashiriyah"], 35.85, 36.41, "village"),
      entry("salma", ["Salma"], 35.68, 36.13, "village"),
      entry("jindires", ["Jindires"], 36.39, 36.68, "town", { population: 13_000 }),
    ]);
  const found = (text: string) => recognize(text, index(), WORDS).names.map((n) => n.text);
  const WORDS = new Set(["time", "residential", "new", "as", "us", "flash", "report"]);

  it("keeps a sentence's first word when the gazetteer knows the whole name: (New York)", () => {
    expect(found("(New York) – Forces killed 95 civilians in Idlib.")).toEqual([
      "New York",
      "Idlib",
    ]);
  });

  it("does not take an Arabic name with the article for a far town: Al-Jineh is not Tsu", () => {
    expect(found("The strike hit the mosque in Al-Jineh, west of Aleppo.")).toEqual(["Aleppo"]);
  });

  it("does not take a line's label for a place: 'Time:' is not Tima", () => {
    expect(found("• Time: Around 06:50 Aleppo time")).toEqual(["Aleppo"]);
  });

  it("does not take a kind of camp for its name: 'Residential camps'", () => {
    expect(found("Impact site: Residential camps near the village.")).toEqual([]);
  });

  it("does not take the people or faith of a village for its name", () => {
    expect(
      found("They fled to an Armenian Christian village and to Syrian Alawite villages."),
    ).toEqual([]);
  });

  it("remembers a surname: 'Raed Al-Saleh' ... 'Al-Saleh confirmed'", () => {
    expect(
      found("Minister of Emergency Raed Al-Saleh met officials. Al-Saleh confirmed the plan."),
    ).toEqual([]);
  });

  it("reads 'US' opening a headline as the country, and 'Ankara as President ...' as Ankara", () => {
    expect(found("US claims Syria strike")).toEqual(["US", "Syria"]);
    expect(found("Tensions with Ankara as President Bashar al-Assad uses force.")).toEqual([
      "Ankara",
    ]);
  });

  it("follows a list past an item's kind noun and does not read 'such as Darat' as Daraa", () => {
    const names = recognize(
      "Areas captured by HTS, such as Darat Ezza, Sheikh Barakat mountain, Kafrantin, Anjarah, Habatah and Babis.",
      index(),
      WORDS,
    ).names;
    expect(names.map((n) => n.text)).toEqual([
      "Darat Ezza",
      "Sheikh Barakat",
      "Kafrantin",
      "Anjarah",
      "Habatah",
      "Babis",
    ]);
    expect(names[0]!.candidates.map((c) => c.id)).not.toContain("daraa-governorate");
  });

  it("reads 'Abu X' as a person unless the words around it say place", () => {
    expect(found("said Abu Ammar, an opposition activist.")).toEqual([]);
    expect(found("Abu Umar and his family fled.")).toEqual([]);
    expect(found("Shells fell on the village of Abu Umar.")).toEqual(["Abu Umar"]);
    expect(found("Rebels captured Abu Umar on Monday.")).toEqual(["Abu Umar"]);
  });

  it("does not match a one-letter word by consonants: 'O Bashar' is not al-Bashiriyah", () => {
    expect(found("“God curse you, O Bashar!” he cried.")).toEqual([]);
  });

  it("reads a shouted Syrian town in a dateline: 'AZAZ, Syria'", () => {
    expect(found("AZAZ, Syria, (Reuters) – The army turned its forces on Aleppo.")).toEqual([
      "AZAZ",
      "Syria",
      "Aleppo",
    ]);
  });

  it("takes a country before a title or after plain words: 'US President', 'Flash Report Syria'", () => {
    expect(found("the raid that US President Donald Trump says killed him")).toEqual(["US"]);
    expect(found("Flash Report Syria: Chemical Attacks on Idlib")).toEqual(["Syria", "Idlib"]);
  });

  it("takes a country before its state's institutions: 'the US Treasury', 'US State Department'", () => {
    expect(found("Two years ago, the US Treasury sanctioned the group.")).toEqual(["US"]);
    expect(found("US State Department spokeswoman Morgan Ortagus spoke.")).toEqual(["US"]);
  });

  it("joins initials into one name with its last full stop: 'U.S.'", () => {
    const names = recognize("At my direction, U.S. forces struck.", index(), WORDS).names;
    expect(names.map((n) => n.text)).toEqual(["U.S."]);
  });

  it("finds a one-word village written in two: 'Kin Safra' is Kansafra", () => {
    const names = recognize("a resident of Kin Safra village", index(), WORDS).names;
    expect(names[0]?.candidates.map((c) => c.id)).toEqual(["kansafrah"]);
  });

  it("does not match faith and market words to villages: 'Islam' is not Salma", () => {
    expect(found("They follow Islam. In Ramadan the Souk was closed.")).toEqual([]);
  });

  it("does not start a name with a weekday: 'seized on Wednesday Jindires district'", () => {
    expect(found("HTS seized on Wednesday Jindires district.")).toEqual(["Jindires"]);
  });

  it("keeps the sun-letter article inside a name and 'Deir' alone out of far lands", () => {
    const idx = new GazetteerIndex([
      ...testEntries(),
      entry("deir-ez-zor", ["Deir ez-Zor"], 35.33, 40.14, "city", { population: 211_000 }),
      entry("gyor", ["Gyor", "D'er"], 47.68, 17.63, "city", { country: "HU", population: 129_000 }),
    ]);
    const got = (t: string) =>
      recognize(t, idx, WORDS).names.map((n) => [n.text, n.candidates[0]?.id]);
    expect(got("the countryside of Deir ez-Zor")).toEqual([["Deir ez-Zor", "deir-ez-zor"]]);
    expect(got("He went back to Deir.")).toEqual([]);
  });

  it("finds an unknown place again where the text names it without a cue", () => {
    const names = found("Rebels seized Khan Touman village on Friday. Many died in Khan Touman.");
    expect(names).toEqual(["Khan Touman", "Khan Touman"]);
  });
});
