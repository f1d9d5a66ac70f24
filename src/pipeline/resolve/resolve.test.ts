import { describe, expect, it } from "vitest";
import { recognize } from "../recognize/recognize.ts";
import { normalizeName } from "../../shared/normalize-name.ts";
import { GazetteerIndex } from "../gazetteer/gazetteer-index.ts";
import { entry, testIndex } from "../test-index.ts";
import { resolveNames } from "./resolve.ts";
import { loadGazetteer } from "../gazetteer/load-gazetteer.ts";
import { englishWords } from "../recognize/english-words.ts";

function placeOf(text: string, name: string): string | null {
  const found = resolveNames(text, recognize(text, testIndex())).find((r) => r.text === name);
  if (!found) throw new Error(`"${name}" not recognised in: ${text}`);
  return found.entry?.id ?? null;
}

describe("province or capital, from context", () => {
  it.each([
    ["Over 180,000 civilians have left Idlib province.", "Idlib", "idlib-governorate"],
    ["attacks on opposition groups in northwestern Idlib city.", "Idlib", "idlib-city"],
    ["villages west of Hama city were shelled", "Hama", "hama-city"],
    ["the Kafranbude and Latemne districts on Hama's rural outskirts", "Hama", "hama-governorate"],
    ["displaced from northern Hama and southern Idlib", "Hama", "hama-governorate"],
    ["the White Helmets in Idlib, Hama and Latakia reported", "Idlib", "idlib-governorate"],
    ["Idlib's southwestern villages were hit", "Idlib", "idlib-governorate"],
    ["the central city of Hama", "Hama", "hama-city"],
    // Reporters mostly mean the city by a bare "Aleppo".
    ["Shelling resumed in Aleppo on Monday.", "Aleppo", "aleppo-city"],
    ["Shelling resumed in the western Aleppo countryside.", "Aleppo", "aleppo-governorate"],
    ["The latest to arrive are from eastern Aleppo.", "Aleppo", "aleppo-city"],
    ["63 were wounded in rural Aleppo.", "Aleppo", "aleppo-governorate"],
    ["Warplanes hit Maarat al-Numan in western Aleppo.", "Aleppo", "aleppo-governorate"],
    ["Fighting spread across northern Hama and western Aleppo.", "Aleppo", "aleppo-governorate"],
    // Armies enter and storm towns, not provinces.
    ["Rebel forces entered Hama on Thursday.", "Hama", "hama-city"],
    ["Syrian army retakes Idlib as the opposition faces internal heat", "Idlib", "idlib-city"],
    ["The conquest of Hama will bring no revenge.", "Hama", "hama-city"],
    ["HTS seized the western suburbs of Hama after four days.", "Hama", "hama-city"],
    // North and south of a city are its countryside; east, centre and a held west its parts.
    ["Turkish drones hit positions in northern Aleppo and Manbij.", "Aleppo", "aleppo-governorate"],
    ["Rebels squeezed in north Aleppo after advances.", "Aleppo", "aleppo-governorate"],
    ["Shells fell on government-held western Aleppo.", "Aleppo", "aleppo-city"],
    ["Troops advanced toward central Aleppo from the west.", "Aleppo", "aleppo-city"],
    ["Rebels massed in the Aleppo town of Jarablus.", "Aleppo", "aleppo-governorate"],
    [
      "HTS holds parts of neighbouring Aleppo, Hama and Latakia provinces.",
      "Aleppo",
      "aleppo-governorate",
    ],
    // A report is filed from a city.
    ["Title\n\nIDLIB, Syria (AP) — Shelling went on.", "IDLIB", "idlib-city"],
    ["Title\n\nANKARA / IDLIB, Syria\n\nShelling went on.", "IDLIB", "idlib-city"],
    // A bearing is taken from a point, the city; "in the north of" is a part of the province.
    ["Russian forces also hit Ariha, south of Idlib, overnight.", "Idlib", "idlib-city"],
    ["Troops captured villages southwest of Aleppo on Thursday.", "Aleppo", "aleppo-city"],
    ["The village lies 27 kilometers north of Hama.", "Hama", "hama-city"],
    ["Rebels hold villages in the north of Hama.", "Hama", "hama-governorate"],
    ["Fighting went on south of Idlib province.", "Idlib", "idlib-governorate"],
  ])("%s → %s is %s", (text, name, expected) => {
    expect(placeOf(text, name)).toBe(expected);
  });
});

describe("one sense per article", () => {
  it("lets bare mentions follow the only cue the article gives for a name", () => {
    const text = "Rebels reached the central city of Hama. Hama fell after two days.";
    const found = resolveNames(text, recognize(text, testIndex())).map((r) => r.entry?.id);
    expect(found).toEqual(["hama-city", "hama-city"]);
  });

  it("keeps the default when the article gives cues both ways, or only a compass word", () => {
    const both = "Hama city was calm while Hama province burned. Hama mourned.";
    expect(resolveNames(both, recognize(both, testIndex())).map((r) => r.entry?.id)).toEqual([
      "hama-city",
      "hama-governorate",
      "hama-governorate",
    ]);
    const compass = "People fled eastern Aleppo. Aleppo is quiet.";
    expect(resolveNames(compass, recognize(compass, testIndex())).map((r) => r.entry?.id)).toEqual([
      "aleppo-city",
      "aleppo-city",
    ]);
  });
});

describe("runner-up candidates and confidence", () => {
  it("lists the other reading of an ambiguous name", () => {
    const text = "Fighting in Idlib province went on.";
    const [r] = resolveNames(text, recognize(text, testIndex()));
    expect(r?.runnersUp.map((c) => c.place)).toEqual(["idlib-city"]);
    expect(r?.confidence).toBeGreaterThan(0.5);
    expect(r?.confidence).toBeLessThanOrEqual(1);
  });
});

describe("namesakes abroad", () => {
  // Ariha is also the Arabic name of Jericho (GeoNames 284899, population 19,783); the Syrian
  // row of the curated file carries no population of its own.
  const index = () =>
    new GazetteerIndex([
      entry("idlib-governorate", ["Idlib"], 35.7, 36.7, "governorate", { areaCode: "SY-ID" }),
      entry("ariha", ["Ariha"], 35.81374, 36.60964, "city", { rank: 1 }),
      entry("jericho", ["Jericho", "Ariha"], 31.87, 35.44, "city", {
        country: "PS",
        population: 19_783,
      }),
    ]);

  it("places a name near the article's other places, not at a larger namesake abroad", () => {
    const text = "An attack on a market in Ariha, south of Idlib, killed four children.";
    const r = resolveNames(text, recognize(text, index())).find((x) => x.text === "Ariha");
    expect(r?.entry?.id).toBe("ariha");
    expect(r?.runnersUp.map((c) => c.place)).toEqual(["jericho"]);
  });

  it("lends a curated row the population of the GeoNames row it replaces", () => {
    const idx = new GazetteerIndex([
      entry("ariha", ["Ariha"], 35.81374, 36.60964, "city", { rank: 1 }),
      entry("geonames-172994", ["Ariha"], 35.8134, 36.6074, "city", {
        population: 40_285,
        rank: 0,
      }),
    ]);
    expect(idx.lookup(normalizeName("Ariha")).map((e) => [e.id, e.population])).toEqual([
      ["ariha", 40_285],
    ]);
  });
});

describe("weak readings far away", () => {
  it("does not place a name matched only by its consonants at a town far from the article", () => {
    // The built-in gazetteer: al-Nasirah (Homs) answers to "Nesriyya" only by its consonants.
    const { index } = loadGazetteer(process.cwd(), []);
    const text =
      "Villages cleared\n\nOperation Olive Branch in full force as villages of Nesriyya, " +
      "Dukkan in Afrin, northwestern Syria cleared.\n\nThe villages of Nesriyya and Dukkan in " +
      "Jandaris, western Afrin were cleared.";
    const recognition = recognize(text, index, englishWords());
    expect(recognition.names.find((n) => n.text === "Nesriyya")?.fuzzy).toBe(true);
    const placed = resolveNames(text, recognition).find((r) => r.text === "Nesriyya");
    expect(placed?.entry?.id).toMatch(/^approx-/);
    expect(placed?.entry?.lat).toBeCloseTo(36.51, 1);
  });
});

describe("settlement cues", () => {
  it("reads an item of 'the towns of ...' as the village, not the country of that name", () => {
    const index = new GazetteerIndex([
      entry("benin", ["Benin"], 9.3, 2.3, "country", { country: "BJ", population: 12_000_000 }),
      entry("binine", ["Binine", "Benin"], 35.71, 36.641, "village", { rank: 3 }),
      entry("idlib-governorate", ["Idlib"], 35.7, 36.7, "governorate", { areaCode: "SY-ID" }),
    ]);
    const text =
      "Shells hit positions near the towns of Kafr Hamra and Benin, south of Idlib. " +
      "Benin is a country in West Africa.";
    const placed = resolveNames(text, recognize(text, index)).filter((r) => r.text === "Benin");
    expect(placed.map((r) => r.entry?.id)).toEqual(["binine", "benin"]);
  });
});

describe("camps", () => {
  it("does not read a camp's name as a far namesake town from the global gazetteer", () => {
    const index = new GazetteerIndex([
      entry("geonames-4273", ["Al Karamah", "Karama"], 35.87, 39.28, "village", { rank: 0 }),
      entry("atmeh", ["Atmeh"], 36.2, 36.69, "village", { rank: 3 }),
      entry("sarmada", ["Sarmada"], 36.18, 36.72, "town", { rank: 3 }),
      entry("syria", ["Syria"], 34.8, 38.99, "country", { rank: 1 }),
    ]);
    const text =
      "Families moved between Atmeh and Sarmada to the Karama camps. A Syria camp report followed.";
    const placed = resolveNames(text, recognize(text, index));
    expect(placed.find((r) => r.text === "Karama")?.entry?.id).not.toBe("geonames-4273");
    expect(placed.find((r) => r.text === "Syria")?.entry?.id).toBe("syria");
  });
});

describe("a listed village's reading", () => {
  it("is kept where the name stands alone, instead of a namesake far away", () => {
    const index = new GazetteerIndex([
      entry("ar-ram", ["Ar Ram", "Rameh"], 31.85, 35.23, "town", {
        country: "PS",
        population: 60_000,
      }),
      entry("idlib-governorate", ["Idlib"], 35.7, 36.7, "governorate", { areaCode: "SY-ID" }),
      entry("jabal-al-zawiya", ["Jabal al-Zawiya"], 35.73, 36.6, "region", { rank: 3 }),
    ]);
    const text =
      "Troops killed four people in the village of Rameh in Idlib province. " +
      "The army shelled Rameh again near Jabal al-Zawiya.";
    const placed = resolveNames(text, recognize(text, index)).filter((r) => r.text === "Rameh");
    expect(placed).toHaveLength(2);
    expect(placed[1]!.entry?.id).toBe(placed[0]!.entry?.id);
    expect(placed[1]!.entry?.id).not.toBe("ar-ram");
  });
});

describe("countryside cues stay local", () => {
  it("does not carry 'northern Aleppo' to the article's bare 'Aleppo'", () => {
    const text =
      "Drones hit northern Aleppo on Monday. Barrel bombs killed ten in Aleppo on Tuesday.";
    const placed = resolveNames(text, recognize(text, testIndex())).filter(
      (r) => r.text === "Aleppo",
    );
    expect(placed.map((r) => r.entry?.id)).toEqual(["aleppo-governorate", "aleppo-city"]);
  });
});

describe("a Syrian city named by a cue far from the article", () => {
  it("is the city, not only its province ('the southern town of Deraa' in a report on Aleppo)", () => {
    const index = new GazetteerIndex([
      ...testIndex().entries(),
      entry("daraa-governorate", ["Daraa", "Deraa"], 32.9, 36.2, "governorate", {
        areaCode: "SY-DR",
      }),
      entry("daraa", ["Daraa", "Deraa"], 32.61889, 36.10213, "city", { population: 97_969 }),
    ]);
    const text =
      "Rebels took Khan al-Assal near Aleppo. Shelling hit Aleppo and Idlib. " +
      "The uprising began in the southern town of Deraa.";
    const found = resolveNames(text, recognize(text, index)).find((r) => r.text === "Deraa");
    expect(found?.entry?.id).toBe("daraa");
  });
});

describe("a name listed among towns", () => {
  const index = new GazetteerIndex([
    ...testIndex().entries(),
    entry("ariha", ["Ariha"], 35.81, 36.61, "city", { population: 39_000 }),
    entry("harem", ["Harem"], 36.21, 36.52, "town", { population: 20_000 }),
    entry("al-dana", ["Dana"], 36.21, 36.77, "town", { population: 20_000 }),
  ]);
  const place = (text: string) =>
    resolveNames(text, recognize(text, index)).find((r) => r.text === "Idlib")?.entry?.id;

  it("is the town when it may be a province or its capital", () => {
    expect(place("Schools in Ariha, Harem, Idlib and Dana went on strike.")).toBe("idlib-city");
  });

  it("keeps its default among other provinces, or beside a single town", () => {
    expect(place("Strikes hit Idlib, Hama and Aleppo.")).toBe("idlib-governorate");
    expect(place("Strikes hit Ariha and Idlib.")).toBe("idlib-governorate");
  });
});

describe("bearings stay local", () => {
  it("does not carry 'south of Idlib' to the article's bare 'Idlib'", () => {
    const text =
      "Strikes hit Ariha, south of Idlib, on Monday. The offensive on Idlib has displaced thousands.";
    const placed = resolveNames(text, recognize(text, testIndex())).filter(
      (r) => r.text === "Idlib",
    );
    expect(placed.map((r) => r.entry?.id)).toEqual(["idlib-city", "idlib-governorate"]);
  });
});

describe("a list named by a monitor", () => {
  it("places an item it cannot find near the list's other villages, not at a far namesake", () => {
    const index = new GazetteerIndex([
      entry("al-ziyarah", ["al-Ziyarah", "Ziyara"], 35.685, 36.339, "town", { rank: 3 }),
      entry("tal-wassit", ["Tal Wassit", "Tal Waset"], 35.65, 36.33, "village", { rank: 3 }),
      entry("raqqa-mansura", ["Al Mansurah", "Mansura"], 35.84, 38.74, "village", { rank: 0 }),
    ]);
    const text =
      "He named the villages as Naqus, Ziyara, Tal Waset, and Mansura, in the Ghab plain.";
    const placed = resolveNames(text, recognize(text, index)).find((r) => r.text === "Mansura");
    expect(placed?.entry?.id).toMatch(/^approx-/);
    expect(placed?.entry?.lon).toBeLessThan(37);
  });
});
