import { beforeEach, describe, expect, it } from "vitest";
import { testDataset } from "../data/fixtures";
import { knownValuesOf, urlStateOf } from "../url/store-url";
import { useAtlasStore } from "./index";

const initial = useAtlasStore.getInitialState();
const actions = () => useAtlasStore.getState();

beforeEach(() => {
  useAtlasStore.setState(initial, true);
  actions().setDataset(testDataset());
});

describe("filters", () => {
  it("orders a reversed range and tags drags as previews", () => {
    actions().setRange({ from: "2019-05-02", to: "2019-01-01" }, "preview");
    expect(actions().range).toEqual({ from: "2019-01-01", to: "2019-05-02" });
    expect(actions().historyIntent).toBe("preview");
  });

  it("stores a range covering all data as null (the default)", () => {
    actions().setRange({ from: "2018-01-01", to: "2019-05-10" }, "commit");
    expect(actions().range).toBeNull();
  });

  it("resets the range", () => {
    actions().setRange({ from: "2019-01-01", to: "2019-02-01" }, "commit");
    actions().resetRange();
    expect(actions().range).toBeNull();
    expect(actions().historyIntent).toBe("push");
  });
});

describe("date basis", () => {
  it("switching basis drops a range that now covers the whole extent", () => {
    actions().setRange({ from: "2019-05-01", to: "2019-05-10" }, "commit");
    actions().setDateBasis("published");
    // Published days span only 2019-05-10, inside the range: the range is now the default.
    expect(actions()).toMatchObject({ dateBasis: "published", range: null, historyIntent: "push" });
  });
});

describe("selection", () => {
  it("selecting a new place closes the article opened from the old one", () => {
    actions().selectPlace("atme");
    actions().openArticle("a1", 0);
    actions().selectPlace("idlib-governorate");
    expect(actions().openArticleId).toBeNull();
    expect(actions().focusedMention).toBeNull();
  });

  it("keeps the article open when selecting from inside it, and asks the map to fly", () => {
    actions().openArticle("a1", 0);
    actions().selectPlace("atme", { fly: true, keepArticle: true });
    expect(actions().openArticleId).toBe("a1");
    expect(actions().flyRequest).toEqual({ placeId: "atme", seq: 1 });
  });
});

describe("applyUrlState", () => {
  it("restores a view without asking for a history entry", () => {
    actions().applyUrlState({
      from: "2019-01-01",
      place: "atme",
      article: "a1",
      dates: "published",
    });
    expect(actions()).toMatchObject({
      // Published days span only 2019-05-10, so this range is the whole extent: the default.
      range: null,
      selectedPlaceId: "atme",
      openArticleId: "a1",
      dateBasis: "published",
      historyIntent: "none",
    });
  });

  it("fills an open end of the range from the data", () => {
    actions().applyUrlState({ from: "2019-01-01" });
    expect(actions().range).toEqual({ from: "2019-01-01", to: "2019-05-10" });
  });

  it("round-trips through urlStateOf", () => {
    const url = { from: "2018-06-01", place: "atme", article: "a1" };
    actions().applyUrlState(url);
    expect(urlStateOf(actions())).toEqual(url);
  });
});

describe("knownValuesOf", () => {
  it("lists ids and spans the days of both date bases", () => {
    const known = knownValuesOf(actions());
    expect([...known.placeIds].sort()).toEqual(["atme", "idlib-governorate", "moscow", "turkey"]);
    expect([...known.articleIds]).toEqual(["a1", "a2"]);
    expect(known.dayRange).toEqual({ from: "2018-01-01", to: "2019-05-10" });
  });
});

describe("notices", () => {
  it("adds and dismisses notices", () => {
    actions().addNotices(["one", "two"]);
    const [first] = actions().notices;
    actions().dismissNotice(first?.id ?? -1);
    expect(actions().notices.map((n) => n.text)).toEqual(["two"]);
  });
});
