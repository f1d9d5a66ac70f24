import { describe, expect, it } from "vitest";
import { type EventAnchor, parseEventAnchors } from "./event-anchors.ts";
import {
  keyWordsOf,
  namesKeyedEvent,
  phrasePattern,
  wordsOf,
  type PlacesHere,
} from "./event-patterns.ts";

const { anchors } = parseEventAnchors(
  "id,start,end,name,patterns,kind,source\n" +
    "aleppo-2024,2024-11-29,,Aleppo taken,rebels&captured Aleppo|Deterrence of Aggression,event,test\n",
  "t.csv",
);
const aleppo = anchors[0]!;

/** Whether `sentence` names `anchor`, as the pipeline tests it. */
function namesEvent(sentence: string, anchor: EventAnchor, places?: PlacesHere): boolean {
  const lower = sentence.toLowerCase();
  const [keyed] = keyWordsOf([anchor], places?.named);
  return namesKeyedEvent(sentence, lower, wordsOf(lower), keyed!, places);
}

describe("event patterns", () => {
  it.each([
    ["Rebels captured Aleppo overnight.", true],
    ["The insurgents took over most of Aleppo on Saturday.", true],
    ["A rebel commander said fighters seized the city of Aleppo.", true],
    ["Rebels said talks took place in Aleppo.", false],
    ["Families returned to Aleppo after the rebels left.", false],
    // The object is elsewhere: a town near Aleppo, villages in its countryside.
    ["Rebels seize key town near Aleppo", false],
    ["Rebels captured villages in northern Aleppo.", false],
  ])("%s → %s", (sentence, expected) => {
    expect(namesEvent(sentence, aleppo)).toBe(expected);
  });

  it("reads a place-and-noun name in either order ('Tehran summit', 'a summit meeting in Tehran')", () => {
    expect(phrasePattern("tehran summit").test("leaders spoke at a summit meeting in Tehran")).toBe(
      true,
    );
    expect(phrasePattern("tehran summit").test("the Tehran summit ended")).toBe(true);
  });

  it("matches a verb in its other regular forms, through the cheap test too", () => {
    expect(phrasePattern("entered").test("rebels entering the city")).toBe(true);
    const { anchors: hama } = parseEventAnchors(
      "id,start,end,name,patterns,kind,source\nh,2024-12-05,,Hama,entered&Hama&rebels,event,test\n",
      "t.csv",
    );
    const [entry] = keyWordsOf(hama);
    const sentence = "Rebels are entering Hama.";
    const lower = sentence.toLowerCase();
    expect(namesKeyedEvent(sentence, lower, wordsOf(lower), entry!)).toBe(true);
  });

  it("does not take an aim for the event ('a campaign to topple Assad')", () => {
    const { anchors: fall } = parseEventAnchors(
      "id,start,end,name,patterns,kind,source\nf,2024-12-08,,Fall,toppled Assad,event,test\n",
      "t.csv",
    );
    expect(
      namesEvent("pressing on with their campaign to topple President Bashar Assad", fall[0]!),
    ).toBe(false);
    expect(namesEvent("the rebels who toppled Assad last year", fall[0]!)).toBe(true);
    expect(namesEvent("rebels managed to topple Assad within days", fall[0]!)).toBe(true);
  });

  it("keeps a number with the word it follows ('Observatory 45')", () => {
    expect(
      phrasePattern("observatory 45").test("the Syrian Observatory for Human Rights says 45 died"),
    ).toBe(false);
    expect(phrasePattern("observatory 45").test("rebels stormed Observatory 45")).toBe(true);
  });

  it("keeps a name bound by 'of' whole and matches plurals", () => {
    expect(phrasePattern("dawn of idlib").test("At dawn the shelling of Idlib began")).toBe(false);
    expect(phrasePattern("observation posts").test("a Turkish observation post")).toBe(true);
  });

  it("never keys the cheap test on a word that has synonyms", () => {
    const [entry] = keyWordsOf(anchors);
    expect(entry?.alternatives.map((a) => a.key)).toEqual(["aleppo", "deterrence"]);
  });
});

describe("event patterns and the places the geoparser resolved", () => {
  const { anchors: pocket } = parseEventAnchors(
    "id,start,end,name,patterns,kind,source\n" +
      "pocket,2019-08-23,,Northern Hama pocket taken,Kafr Zita&army&regained,event,test\n",
    "t.csv",
  );
  const named = { idsOf: (part: string) => (part === "kafr zita" ? new Set(["kafr-zita"]) : null) };
  const sentence = "The army regained Latamina and Kafar Zita on Friday.";

  it("matches a place part by what the spelling in the text resolved to", () => {
    expect(namesEvent(sentence, pocket[0]!)).toBe(false);
    expect(namesEvent(sentence, pocket[0]!, { named, here: new Set(["kafr-zita"]) })).toBe(true);
  });

  it("lets the cheap test through for a sentence naming the place in another spelling", () => {
    const [entry] = keyWordsOf(pocket, named);
    expect(entry?.alternatives.map((a) => [a.key, [...a.placeIds]])).toEqual([
      ["army", ["kafr-zita"]],
    ]);
    const lower = sentence.toLowerCase();
    const here = { named, here: new Set(["kafr-zita"]) };
    expect(namesKeyedEvent(sentence, lower, wordsOf(lower), entry!, here)).toBe(true);
    expect(
      namesKeyedEvent("Nothing here.", "nothing here.", wordsOf("nothing here."), entry!),
    ).toBe(false);
  });
});
