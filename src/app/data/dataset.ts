import type { Article, Mention, PlaceFeature } from "../../shared/types";

/** The three contract files, joined once at load so lookups by id are O(1) everywhere else. */
export interface Dataset {
  articles: Article[];
  mentions: Mention[];
  places: PlaceFeature[];
  articleById: ReadonlyMap<string, Article>;
  placeById: ReadonlyMap<string, PlaceFeature>;
}

export function buildDataset(
  articles: Article[],
  mentions: Mention[],
  places: PlaceFeature[],
): Dataset {
  return {
    articles,
    mentions,
    places,
    articleById: new Map(articles.map((a) => [a.id, a])),
    placeById: new Map(places.map((p) => [p.properties.id, p])),
  };
}

export const EMPTY_DATASET: Dataset = buildDataset([], [], []);
