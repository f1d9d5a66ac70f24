import {
  DATA_FILES,
  type Article,
  type Mention,
  type PlaceFeature,
  type PlacesCollection,
} from "../../shared/types";
import { buildDataset, type Dataset } from "./dataset";

const HINT = "run npm run build:data";

/** A load failure whose message is already fit to show to the user. */
export class DataLoadError extends Error {}

async function fetchJson(fileName: string): Promise<unknown> {
  const path = `data/${fileName}`;
  let response: Response;
  try {
    response = await fetch(`${import.meta.env.BASE_URL}${path}`);
  } catch {
    throw new DataLoadError(`Could not load ${path}: network error — is the server running?`);
  }
  if (!response.ok) {
    throw new DataLoadError(`Could not load ${path}: ${response.status} — ${HINT}`);
  }
  const body = await response.text();
  try {
    return JSON.parse(body) as unknown;
  } catch {
    // Dev and preview servers answer a missing file with index.html and status 200.
    throw new DataLoadError(`Could not load ${path}: not JSON (missing file?) — ${HINT}`);
  }
}

function expectArray(value: unknown, fileName: string): unknown[] {
  if (!Array.isArray(value)) {
    throw new DataLoadError(`data/${fileName} is not a JSON array — ${HINT}`);
  }
  return value;
}

function expectFeatureCollection(value: unknown, fileName: string): PlaceFeature[] {
  const collection = value as Partial<PlacesCollection> | null;
  if (collection?.type !== "FeatureCollection" || !Array.isArray(collection.features)) {
    throw new DataLoadError(`data/${fileName} is not a GeoJSON FeatureCollection — ${HINT}`);
  }
  // Only points with an id can be drawn and joined to mentions; anything else is skipped.
  return collection.features.filter(
    (f) => f.geometry?.type === "Point" && typeof f.properties?.id === "string",
  );
}

/** Fetches the three contract files in parallel and checks their outer shape. */
export async function loadDataset(): Promise<Dataset> {
  const [articles, mentions, places] = await Promise.all([
    fetchJson(DATA_FILES.articles),
    fetchJson(DATA_FILES.mentions),
    fetchJson(DATA_FILES.places),
  ]);
  return buildDataset(
    expectArray(articles, DATA_FILES.articles) as Article[],
    expectArray(mentions, DATA_FILES.mentions) as Mention[],
    expectFeatureCollection(places, DATA_FILES.places),
  );
}
