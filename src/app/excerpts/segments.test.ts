import { describe, expect, it } from "vitest";
import { segmentText } from "./segments";

describe("segmentText", () => {
  const text = "Shelling hit Atme and Idlib.";

  it("splits text into plain runs and highlights, covering every character once", () => {
    const segments = segmentText(text, [
      { start: 22, end: 27, key: 2 },
      { start: 13, end: 17, key: 1 },
    ]);
    expect(segments).toEqual([
      { start: 0, text: "Shelling hit ", key: null },
      { start: 13, text: "Atme", key: 1 },
      { start: 17, text: " and ", key: null },
      { start: 22, text: "Idlib", key: 2 },
      { start: 27, text: ".", key: null },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });

  it("drops a highlight that overlaps an earlier one", () => {
    const segments = segmentText(text, [
      { start: 13, end: 17, key: 1 },
      { start: 15, end: 20, key: 2 },
    ]);
    expect(segments.filter((s) => s.key !== null).map((s) => s.key)).toEqual([1]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });

  it("cuts a window and clips highlights to it", () => {
    const segments = segmentText(text, [{ start: 13, end: 17, key: 1 }], 15, 22);
    expect(segments).toEqual([
      { start: 15, text: "me", key: 1 },
      { start: 17, text: " and ", key: null },
    ]);
  });

  it("keeps markup as plain text", () => {
    expect(segmentText("<script>x</script>", [])).toEqual([
      { start: 0, text: "<script>x</script>", key: null },
    ]);
  });
});
