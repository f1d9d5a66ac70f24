import { expect, test } from "@playwright/test";
import type { Article } from "../src/shared/types";
import { MAP_READY, openAtlas, searchParam, seedData, waitForSettledUrl } from "./support/atlas";

test("an excerpt opens the article with the mention highlighted and in view", async ({
  page,
  request,
}) => {
  // The placed mention furthest into its article: the reader must scroll to show it.
  const { mentions } = await seedData(request);
  const deepest = mentions
    .filter((m) => m.place !== null)
    .reduce((a, b) => (b.start > a.start ? b : a));
  await openAtlas(page, `/?place=${encodeURIComponent(deepest.place ?? "")}`);
  await page
    .locator(
      `[data-testid=excerpt][data-article="${deepest.article}"][data-start="${deepest.start}"]`,
    )
    .click();

  const article = page.getByTestId("article");
  await expect(article).toBeVisible();
  const focused = article.locator("mark[data-focused=true]");
  await expect(focused).toHaveText(deepest.text);
  await expect(focused).toHaveClass(/mention-selected/);
  await expect(focused).toBeInViewport();
  expect(searchParam(page, "article")).toBe(deepest.article);
});

test("article text is rendered as text, never as markup", async ({ page, request }) => {
  // Plant markup at the end of the first article (offsets before it stay valid).
  const articles = (await (await request.get("/data/articles.json")).json()) as Article[];
  const hostile = "<script>globalThis.__pwned = 1</script><img src=x onerror=alert(1)>";
  const [first] = articles;
  if (!first) throw new Error("no seed articles");
  first.text += `\n\n${hostile}`;
  await page.route("**/data/articles.json", (route) => route.fulfill({ json: articles }));
  await openAtlas(page, `/?article=${encodeURIComponent(first.id)}`);

  const reader = page.getByTestId("article");
  await expect(reader).toContainText(hostile);
  await expect(reader.locator("script, img")).toHaveCount(0);
  expect(
    await page.evaluate(() => (globalThis as Record<string, unknown>).__pwned),
  ).toBeUndefined();
});

test("clicking a name in the article selects that place and moves the map", async ({
  page,
  request,
}) => {
  const pinned = new Set(
    (await seedData(request)).places
      .filter((p) => !["country", "governorate"].includes(p.properties.kind))
      .map((p) => p.properties.id),
  );
  await openAtlas(page);
  await page.getByTestId("place-list").getByRole("button").first().click();
  const first = searchParam(page, "place");
  await page.getByTestId("excerpt").first().click();
  await expect(page.getByTestId("article")).toBeVisible();

  // A name of another place that has a pin of its own, so the map has somewhere to fly.
  let target: string | null = null;
  for (const mark of await page.locator("[data-testid=article] mark[data-place]").all()) {
    const id = await mark.getAttribute("data-place");
    if (id && id !== first && pinned.has(id)) {
      target = id;
      break;
    }
  }
  if (target === null) throw new Error("the article names no other pinned place");
  await expect(page.locator(MAP_READY)).toBeVisible();
  await waitForSettledUrl(page); // the flight from the list click has ended
  const hashBefore = new URL(page.url()).hash;
  await page.locator(`[data-testid=article] mark[data-place="${target}"] button`).first().click();

  await expect.poll(() => searchParam(page, "place")).toBe(target);
  await expect(
    page.locator(`[data-testid=article] mark[data-place="${target}"]`).first(),
  ).toHaveClass(/mention-selected/);
  await expect(page.getByTestId("article")).toBeVisible();
  await expect.poll(() => new URL(page.url()).hash, { timeout: 5000 }).not.toBe(hashBefore);
});

test("each excerpt says how sure its placement is and what else the name could be", async ({
  page,
  request,
}) => {
  // A mention with a runner-up reading in the data: its excerpt must name that reading.
  const { mentions } = await seedData(request);
  const ambiguous = mentions.find((m) => m.place !== null && (m.candidates ?? []).length > 0);
  expect(ambiguous, "the seeds have an ambiguous name").toBeDefined();
  if (!ambiguous) return;
  await openAtlas(page, `/?place=${encodeURIComponent(ambiguous.place ?? "")}`);
  const excerpt = page.locator(
    `[data-testid=excerpt][data-article="${ambiguous.article}"][data-start="${ambiguous.start}"]`,
  );
  await expect(excerpt).toContainText(`${Math.round((ambiguous.confidence ?? 0) * 100)}% sure`);
  await expect(excerpt).toContainText(`also possible: ${ambiguous.candidates?.[0]?.name ?? ""}`);
});
