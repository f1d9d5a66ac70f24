import { describe, expect, it } from "vitest";
import { historyStep } from "./history-step";

describe("historyStep", () => {
  it("pushes a discrete change that alters the link", () => {
    expect(historyStep("push", false, "?place=a", "")).toEqual({
      write: "push",
      dragEntryOpen: false,
    });
  });

  it("writes nothing when the link would not change", () => {
    expect(historyStep("push", false, "?place=a", "?place=a").write).toBe("none");
  });

  it("writes nothing for changes that came from the URL (no loop)", () => {
    expect(historyStep("none", false, "?place=a", "").write).toBe("none");
  });

  it("gives a drag one entry: push, replace-later…, replace on release", () => {
    const first = historyStep("preview", false, "?from=2019-01-02", "");
    expect(first).toEqual({ write: "push", dragEntryOpen: true });
    const next = historyStep("preview", true, "?from=2019-01-03", "?from=2019-01-02");
    expect(next).toEqual({ write: "replace-later", dragEntryOpen: true });
    const release = historyStep("commit", true, "?from=2019-01-04", "?from=2019-01-03");
    expect(release).toEqual({ write: "replace", dragEntryOpen: false });
  });

  it("does not open an entry for a preview that changes nothing", () => {
    expect(historyStep("preview", false, "", "")).toEqual({ write: "none", dragEntryOpen: false });
  });

  it("pushes a commit without a preceding drag (typed dates)", () => {
    expect(historyStep("commit", false, "?to=2019-01-01", "")).toEqual({
      write: "push",
      dragEntryOpen: false,
    });
  });
});
