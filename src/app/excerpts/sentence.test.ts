import { describe, expect, it } from "vitest";
import { sentenceAround } from "./sentence";

function around(text: string, name: string, maxChars?: number) {
  const start = text.indexOf(name);
  const span = sentenceAround(text, start, start + name.length, maxChars);
  return { ...span, sentence: text.slice(span.start, span.end) };
}

describe("sentenceAround", () => {
  it("returns the sentence between full stops", () => {
    const text = "Rain fell. Shelling hit Atme on Monday. Nobody was hurt.";
    expect(around(text, "Atme").sentence).toBe("Shelling hit Atme on Monday.");
  });

  it("stops at line breaks (titles, datelines)", () => {
    const text = "Camps near Atme\n\nThe camps grew.";
    expect(around(text, "Atme").sentence).toBe("Camps near Atme");
  });

  it("does not split on abbreviations or decimals", () => {
    const text = "Earlier. The U.S. envoy said 2.5 tonnes reached Atme today. Later.";
    expect(around(text, "Atme").sentence).toBe(
      "The U.S. envoy said 2.5 tonnes reached Atme today.",
    );
  });

  it("keeps closing quotes with the sentence", () => {
    const text = "He said: “We fled Atme.” Then silence.";
    expect(around(text, "Atme").sentence).toBe("He said: “We fled Atme.”");
  });

  it("handles a mention at the very start and end of the text", () => {
    expect(around("Atme", "Atme").sentence).toBe("Atme");
    expect(around("They reached Atme", "Atme").sentence).toBe("They reached Atme");
  });

  it("clips a run-on sentence around the mention at word boundaries", () => {
    const text = `${"word ".repeat(100)}Atme ${"more ".repeat(100)}end.`;
    const result = around(text, "Atme", 60);
    expect(result.clippedStart).toBe(true);
    expect(result.clippedEnd).toBe(true);
    expect(result.sentence).toContain("Atme");
    expect(result.sentence.length).toBeLessThanOrEqual(60);
    expect(result.sentence.startsWith("word")).toBe(true);
  });

  it("always contains the mention itself", () => {
    const text = "A. B. Atme. C.";
    const start = text.indexOf("Atme");
    const span = sentenceAround(text, start, start + 4);
    expect(span.start).toBeLessThanOrEqual(start);
    expect(span.end).toBeGreaterThanOrEqual(start + 4);
  });
});
