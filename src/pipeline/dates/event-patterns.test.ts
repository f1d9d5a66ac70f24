import { describe, expect, it } from "vitest";
import { parseEventAnchors } from "./event-anchors.ts";
import { keyWordsOf, namesEvent, phrasePattern } from "./event-patterns.ts";

const { anchors } = parseEventAnchors(
  "id,start,end,name,patterns,kind,source\n" +
    "aleppo-2024,2024-11-29,,Aleppo taken,rebels&captured Aleppo|Deterrence of Aggression,event,test\n",
  "t.csv",
);
const aleppo = anchors[0]!;

describe("event patterns", () => {
  it.each([
    ["Rebels captured Aleppo overnight.", true],
    ["The insurgents took over most of Aleppo on Saturday.", true],
    ["A rebel commander said fighters seized the city of Aleppo.", true],
    ["Rebels said talks took place in Aleppo.", false],
    ["Families returned to Aleppo after the rebels left.", false],
  ])("%s → %s", (sentence, expected) => {
    expect(namesEvent(sentence, aleppo)).toBe(expected);
  });

  it("keeps a name bound by 'of' whole and matches plurals", () => {
    expect(phrasePattern("dawn of idlib").test("At dawn the shelling of Idlib began")).toBe(false);
    expect(phrasePattern("observation posts").test("a Turkish observation post")).toBe(true);
  });

  it("never keys the cheap test on a word that has synonyms", () => {
    const [entry] = keyWordsOf(anchors);
    expect(entry?.keys).toEqual(["aleppo", "deterrence"]);
  });
});
