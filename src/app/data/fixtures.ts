import type { Article, Mention, PlaceFeature, PlaceKind } from "../../shared/types";
import { buildDataset, type Dataset } from "./dataset";

/** Small hand-made data for unit tests: two articles, four places, one unplaced name. */
export function place(id: string, kind: PlaceKind, lng: number, lat: number, extra = {}): PlaceFeature {
  return {
    type: "Feature",
    geometry: { type: "Point", coordinates: [lng, lat] },
    properties: { id, name: id, kind, source: "test", mentions: 0, ...extra },
  };
}

export function mention(article: string, placeId: string | null, date: string | null): Mention {
  return { article, start: 0, end: 4, text: placeId ?? "Nowhere", place: placeId, date };
}

export function testDataset(): Dataset {
  const articles: Article[] = [
    { id: "a1", title: "One", published: "2019-05-10", published_basis: "test", text: "Atme Idlib" },
    { id: "a2", title: "Two", published: null, published_basis: "test", text: "Atme" },
  ];
  const mentions = [
    mention("a1", "atme", "2019-05-01"),
    mention("a1", "idlib-governorate", null),
    mention("a1", null, "2019-05-02"),
    mention("a2", "atme", "2018-01-01"),
    mention("a2", "turkey", null),
  ];
  const places = [
    place("atme", "village", 36.31, 36.69),
    place("idlib-governorate", "governorate", 36.6, 35.9, { area_code: "SY-ID" }),
    place("turkey", "country", 35.2, 38.9),
    place("moscow", "city", 37.6, 55.7),
  ];
  return buildDataset(articles, mentions, places);
}
