/** Reads the gold file and a prediction folder from disk, with errors that name the file. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { DATA_FILES } from "../../shared/types.ts";
import { parseGold, type Gold } from "./gold.ts";
import { parseArticles, parseMentions, parsePlaces, type Predicted } from "./predicted.ts";
import { EvalInputError } from "./validate.ts";

/** Reads and JSON-parses one file; unreadable or invalid JSON becomes an EvalInputError. */
export async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "file not found" : `cannot read (${code ?? String(err)})`;
    throw new EvalInputError(file, reason);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new EvalInputError(file, `not valid JSON (${err instanceof Error ? err.message : err})`);
  }
}

export async function loadGold(file: string): Promise<Gold> {
  return parseGold(await readJson(file), file);
}

/** Loads articles.json, mentions.json and places.geojson from a pipeline output folder. */
export async function loadPredicted(dir: string): Promise<Predicted> {
  const paths = {
    articles: join(dir, DATA_FILES.articles),
    mentions: join(dir, DATA_FILES.mentions),
    places: join(dir, DATA_FILES.places),
  };
  const [articles, mentions, places] = await Promise.all([
    readJson(paths.articles),
    readJson(paths.mentions),
    readJson(paths.places),
  ]);
  return {
    articles: parseArticles(articles, paths.articles),
    mentions: parseMentions(mentions, paths.mentions),
    places: parsePlaces(places, paths.places),
  };
}
