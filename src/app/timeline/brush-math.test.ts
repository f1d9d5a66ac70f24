import { describe, expect, it } from "vitest";
import { dayToFraction, dragWindow, fractionToDay, keyWindow } from "./brush-math";

const domain = { first: 100, last: 199 };

describe("fractions", () => {
  it("maps days to slots and back", () => {
    expect(dayToFraction(100, domain)).toBe(0);
    expect(dayToFraction(200, domain)).toBe(1);
    expect(fractionToDay(0.505, domain)).toBe(150);
    expect(fractionToDay(-1, domain)).toBe(100);
    expect(fractionToDay(2, domain)).toBe(199);
  });
});

describe("dragWindow", () => {
  const grab = { window: { from: 120, to: 140 }, day: 130 };
  it("moves the start handle, swapping when it crosses the end", () => {
    expect(dragWindow("start", grab, 110, domain)).toEqual({ from: 110, to: 140 });
    expect(dragWindow("start", grab, 150, domain)).toEqual({ from: 140, to: 150 });
  });
  it("moves the whole window, keeping its width inside the domain", () => {
    expect(dragWindow("move", grab, 135, domain)).toEqual({ from: 125, to: 145 });
    expect(dragWindow("move", grab, 199, domain)).toEqual({ from: 179, to: 199 });
  });
  it("creates a window from the grab point", () => {
    expect(dragWindow("create", grab, 125, domain)).toEqual({ from: 125, to: 130 });
  });
});

describe("keyWindow", () => {
  const window = { from: 120, to: 140 };
  it("steps a handle by a day, never past the other handle", () => {
    expect(keyWindow("ArrowRight", "start", window, domain, 7)).toEqual({ from: 121, to: 140 });
    expect(keyWindow("ArrowLeft", "end", { from: 120, to: 120 }, domain, 7)).toEqual({
      from: 120,
      to: 120,
    });
  });
  it("jumps with PageUp and Home/End", () => {
    expect(keyWindow("PageUp", "end", window, domain, 7)).toEqual({ from: 120, to: 147 });
    expect(keyWindow("Home", "start", window, domain, 7)).toEqual({ from: 100, to: 140 });
  });
  it("ignores other keys", () => {
    expect(keyWindow("a", "start", window, domain, 7)).toBeNull();
  });
});
