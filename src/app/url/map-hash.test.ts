import { describe, expect, it } from "vitest";
import { checkMapHash } from "./map-hash";

describe("checkMapHash", () => {
  it("accepts a camera inside the limits", () => {
    expect(checkMapHash("#map=9/36.2/36.6")).toEqual({
      hash: "#map=9/36.2/36.6",
      hasCamera: true,
      problems: [],
    });
  });

  it("reports no camera when the hash has none", () => {
    expect(checkMapHash("")).toEqual({ hash: "", hasCamera: false, problems: [] });
  });

  it.each(["99/36/36", "9/abc/36", "9/36", "9/95/36", "9/36/200"])(
    "removes the bad camera %s",
    (camera) => {
      const result = checkMapHash(`#map=${camera}`);
      expect(result.hasCamera).toBe(false);
      expect(result.hash).toBe("");
      expect(result.problems[0]).toMatch(/Ignored map position/);
    },
  );

  it.each([
    ["5//", /expected zoom\/lat\/lng numbers/],
    ["7/35.8/36.6/abc", /expected zoom\/lat\/lng numbers/],
    ["99/36/36", /zoom must be 2–14/],
    ["5/95/0", /latitude must be within ±85/],
    ["5/35/200", /longitude must be within ±180/],
  ])("says why %s is refused", (camera, reason) => {
    const result = checkMapHash(`#map=${camera}`);
    expect(result.hasCamera).toBe(false);
    expect(result.problems[0]).toMatch(reason);
  });

  it("keeps other hash entries when dropping the camera", () => {
    expect(checkMapHash("#map=zz&other=1").hash).toBe("#other=1");
  });
});
