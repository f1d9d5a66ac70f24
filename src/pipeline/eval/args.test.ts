import { describe, expect, it } from "vitest";
import { parseEvalArgs, UsageError } from "./args.ts";

describe("parseEvalArgs", () => {
  it("defaults to running the pipeline on seeds into a temp folder", () => {
    expect(parseEvalArgs(["--gold", "g.json"])).toEqual({
      gold: "g.json",
      input: "seeds",
      out: null,
      predicted: null,
      json: false,
    });
  });

  it("reads --predicted and --json", () => {
    expect(parseEvalArgs(["--gold=g.json", "--predicted", "out", "--json"])).toMatchObject({
      predicted: "out",
      json: true,
    });
  });

  it("rejects a missing --gold, unknown flags and --predicted with --input", () => {
    expect(() => parseEvalArgs([])).toThrow(UsageError);
    expect(() => parseEvalArgs(["--gold", "g", "--verbose"])).toThrow(/--verbose/);
    expect(() => parseEvalArgs(["--gold", "g", "--predicted", "p", "--input", "i"])).toThrow(
      /cannot be combined/,
    );
  });
});
