import { describe, expect, it } from "vitest";
import { recognize } from "../recognize/recognize.ts";
import { entry, testIndex } from "../test-index.ts";
import { GazetteerIndex } from "../gazetteer/gazetteer-index.ts";
import { cohesiveCore } from "./approximate.ts";
import { resolveNames } from "./resolve.ts";

const kansafra = entry("kansafrah", ["Kansafra"], 35.659444, 36.485556, "village");
const hass = entry("hass", ["Has"], 35.616944, 36.595278, "village");
const hbit = entry("hbit", ["Al-Habit"], 35.44, 36.536667, "village");
const farNamesake = entry("abdin-far", ["Abdin"], 36.9, 38.9, "village");

function resolve(text: string, index: GazetteerIndex) {
  return resolveNames(text, recognize(text, index));
}

describe("cohesiveCore", () => {
  it("drops a list member far from the others", () => {
    expect(cohesiveCore([kansafra, hass, hbit, farNamesake], null)).toEqual([kansafra, hass, hbit]);
  });

  it("keeps the member nearer the article when only two disagree", () => {
    expect(cohesiveCore([hass, farNamesake], [35.6, 36.6])).toEqual([hass]);
  });
});

describe("placing names from the article's own words", () => {
  const index = new GazetteerIndex([...testIndex().entries(), kansafra, hbit, farNamesake]);

  it("puts an unknown list item at its neighbours' centroid, marked approximate", () => {
    const text =
      "Attacks hit Idlib's southwestern villages of Kansafra, Termela, Has and Al-Habit.";
    const termela = resolve(text, index).find((r) => r.text === "Termela");
    expect(termela?.entry?.approximate).toBe(true);
    expect(termela?.entry?.lat).toBeCloseTo(35.572, 2);
    expect(termela?.entry?.uncertaintyKm).toBeGreaterThanOrEqual(8);
    expect(termela?.confidence).toBeLessThan(0.5);
  });

  it("moves a namesake far from the rest of its list to the list's centroid", () => {
    const text = "the villages of Kansafra, Abdin, Has and Al-Habit were shelled";
    const abdin = resolve(text, index).find((r) => r.text === "Abdin");
    expect(abdin?.entry?.id).toMatch(/^approx-abdin-\d+-\d+$/);
    expect(abdin?.entry?.approximate).toBe(true);
    expect(abdin?.runnersUp[0]?.place).toBe("abdin-far");
  });

  it("does not place a list's unknown villages beside its only item when that lies far away", () => {
    const text = "Shelling hit Idlib. Rebels aim at the villages of Abdin and Kafarin.";
    const kafarin = resolve(text, index).find((r) => r.text === "Kafarin");
    expect(kafarin?.entry).toBeNull();
  });

  it("places a lone unknown village by a locator after it", () => {
    const text = "Shelling hit the village of Kafr Zeta, west of Hama city, on Monday.";
    const r = resolve(text, index).find((x) => x.text === "Kafr Zeta");
    expect(r?.entry?.approximate).toBe(true);
    // 15 km west of Hama city (35.13179, 36.75783).
    expect(r?.entry?.lat).toBeCloseTo(35.13, 1);
    expect(r?.entry?.lon).toBeLessThan(36.65);
    expect(r?.entry?.source).toMatch(/west of Hama/);
  });

  it("reads a locator after an apposition ('X, the last stronghold in the province of Idlib')", () => {
    const text =
      "Rebels advance on Arbaeen Mount, the last regime stronghold in the province of Idlib.";
    const r = resolve(text, index).find((x) => x.text === "Arbaeen Mount");
    expect(r?.entry?.approximate).toBe(true);
    expect(r?.entry?.source).toMatch(/province of Idlib/);
  });

  it("keeps a listed village that lies in the part of the province named, whatever its bearing", () => {
    // Kansafra lies west-southwest of the governorate's representative point.
    const text = "Shelling hit the village of Kansafra, in southern Idlib province.";
    expect(resolve(text, index).find((x) => x.text === "Kansafra")?.entry?.id).toBe("kansafrah");
  });

  it("places a camp by the place it is said to stand near, after its kind noun", () => {
    const deirHassan = entry("deir-hassan", ["Deir Hassan"], 36.0946, 36.7165, "village");
    const turmanin = entry("turmanin", ["Termanin"], 36.2267, 36.8172, "village");
    const local = new GazetteerIndex([...index.entries(), deirHassan, turmanin]);
    const cases: Array<[string, string, string]> = [
      [
        "Residents of Halab Labih refugee camp located near Deir Hassan village complain.",
        "Halab Labih",
        "deir-hassan",
      ],
      [
        "Another fire broke out in al-Laban camp on the outskirts of Termanin, north of Idlib.",
        "al-Laban",
        "turmanin",
      ],
      [
        "Airstrikes hit the Kamuna refugee camp near the Syrian town of Deir Hassan on Thursday.",
        "Kamuna",
        "deir-hassan",
      ],
      ["A fire broke out at the Ihsan camp near the village of Termanin.", "Ihsan", "turmanin"],
    ];
    for (const [text, name, near] of cases) {
      const r = resolve(text, local).find((x) => x.text === name);
      const ref = [deirHassan, turmanin].find((e) => e.id === near)!;
      expect(r?.entry?.approximate, text).toBe(true);
      expect(Math.abs(r!.entry!.lat - ref.lat), text).toBeLessThan(0.01);
      expect(Math.abs(r!.entry!.lon - ref.lon), text).toBeLessThan(0.01);
    }
  });

  it("moves a name matched only by its consonants to where the text says it lies", () => {
    const atme = entry("atme", ["Atma", "Atme"], 36.3194, 36.6931, "village");
    const hosniyeh = entry("hosniyeh", ["Hosniyeh"], 36.37, 37.28, "village");
    const local = new GazetteerIndex([...index.entries(), atme, hosniyeh]);
    const text = "A fire broke out at the Ihsan camp near the village of Atma on Monday.";
    const r = resolve(text, local).find((x) => x.text === "Ihsan");
    expect(r?.entry?.approximate).toBe(true);
    expect(r?.entry?.lat).toBeCloseTo(36.32, 2);
    expect(r?.runnersUp[0]?.place).toBe("hosniyeh");
  });

  it("takes back a weak reading that lies where the text's locator says", () => {
    const sarmin = entry("sarmin", ["Sarmin"], 35.9, 36.72, "town", { population: 14_530 });
    const damascus = entry("damascus", ["Damascus"], 33.51, 36.29, "city", {
      population: 1_569_394,
    });
    const homs = entry("homs", ["Homs"], 34.73, 36.71, "city", { population: 775_404 });
    const local = new GazetteerIndex([...index.entries(), sarmin, damascus, homs]);
    const text =
      "Troops massed near Damascus and Homs. Raids were in Sarameen in the northern Idlib province.";
    expect(resolve(text, local).find((x) => x.text === "Sarameen")?.entry?.id).toBe("sarmin");
  });

  it("leaves a name unresolved when nothing in the text locates it", () => {
    const text = "Residents of the village of Kafr Zeta fled.";
    expect(resolve(text, index).find((x) => x.text === "Kafr Zeta")?.entry).toBeNull();
  });
});
