import { mkdirSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { outputReplacesInput } from "./guard.ts";

describe("outputReplacesInput", () => {
  const root = mkdtempSync(path.join(tmpdir(), "guard-"));
  const input = path.join(root, "in");
  mkdirSync(input);

  it("allows an output folder beside or inside the input", () => {
    expect(outputReplacesInput(input, path.join(root, "out"))).toBeNull();
    expect(outputReplacesInput(input, path.join(root, "..in"))).toBeNull();
    expect(outputReplacesInput(input, path.join(input, "data"))).toBeNull();
  });

  it("refuses the input folder itself, an ancestor, or a link to either", () => {
    symlinkSync(input, path.join(root, "link"));
    expect(outputReplacesInput(input, input)).toMatch(/is the input folder/);
    expect(outputReplacesInput(input, root)).toMatch(/contains the input folder/);
    expect(outputReplacesInput(path.join(root, "link"), input)).toMatch(/is the input folder/);
  });
});
