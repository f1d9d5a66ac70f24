import { expect, test } from "@playwright/test";
import { MAP_READY, openAtlas, searchParam, waitForSettledUrl } from "./support/atlas";

test("a shared link restores range, place, article and camera in a fresh page", async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openAtlas(page);
  await page.getByTestId("place-list").getByRole("button").first().click();
  await page.getByTestId("excerpt").first().click();
  await expect(page.getByTestId("article")).toBeVisible();
  await page.getByTestId("handle-end").focus();
  await page.keyboard.press("Home");
  await page.keyboard.press("PageUp");
  await expect.poll(() => searchParam(page, "to")).not.toBeNull();
  // MapLibre writes the camera into the hash on a short throttle after moving.
  await expect.poll(() => page.url()).toMatch(/#map=/);
  await waitForSettledUrl(page);

  await page.getByTestId("share").click();
  await expect(page.getByText("Link copied")).toBeVisible();
  const link = (await page.getByTestId("share").getAttribute("data-url")) ?? "";
  expect(link).toBe(page.url());
  const title = await page.getByTestId("article").getByRole("heading").textContent();
  const to = await page.getByTestId("range-to").inputValue();

  const freshContext = await browser.newContext();
  const fresh = await freshContext.newPage();
  await fresh.goto(link);
  await expect(fresh.locator(MAP_READY)).toBeVisible({ timeout: 20_000 });
  await expect(fresh.getByTestId("article").getByRole("heading")).toHaveText(title ?? "");
  await expect(fresh.getByTestId("range-to")).toHaveValue(to);
  await expect(fresh.locator(".mention-selected").first()).toBeVisible();
  expect(await waitForSettledUrl(fresh)).toBe(link);
  await expect(fresh.getByTestId("notice")).toHaveCount(0);
  await freshContext.close();
});

test("back and forward walk through selected place and opened article", async ({ page }) => {
  await openAtlas(page);
  await page.getByTestId("place-list").getByRole("button").first().click();
  const place = searchParam(page, "place");
  expect(place).not.toBeNull();
  await page.getByTestId("excerpt").first().click();
  await expect(page.getByTestId("article")).toBeVisible();
  const article = searchParam(page, "article");

  await page.goBack();
  await expect(page.getByTestId("article")).toHaveCount(0);
  await expect(page.getByTestId("excerpt").first()).toBeVisible();
  expect(searchParam(page, "place")).toBe(place);
  expect(searchParam(page, "article")).toBeNull();

  await page.goBack();
  await expect(page.getByTestId("place-list")).toBeVisible();
  expect(searchParam(page, "place")).toBeNull();

  await page.goForward();
  await page.goForward();
  await expect(page.getByTestId("article")).toBeVisible();
  expect(searchParam(page, "article")).toBe(article);
});

test("Escape closes the article and adds a history entry", async ({ page }) => {
  await openAtlas(page);
  await page.getByTestId("place-list").getByRole("button").first().click();
  await page.getByTestId("excerpt").first().click();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("article")).toHaveCount(0);
  await expect(page.getByTestId("excerpt").first()).toBeFocused();
  expect(searchParam(page, "article")).toBeNull();
  await page.goBack();
  await expect(page.getByTestId("article")).toBeVisible();
});

test("a hostile link shows dismissible notices and a working page", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const hostile = "<script>alert(1)</script>";
  await openAtlas(
    page,
    `/?from=garbage&place=${encodeURIComponent(hostile)}&to=2019-13-45#map=99/1/1`,
  );

  const notices = page.getByTestId("notice");
  await expect(notices.filter({ hasText: `Ignored unknown place '${hostile}'` })).toBeVisible();
  await expect(notices.filter({ hasText: "Ignored invalid date 'garbage'" })).toBeVisible();
  await expect(notices.filter({ hasText: "Ignored map position '99/1/1'" })).toBeVisible();
  expect(dialogs).toEqual([]);
  expect(new URL(page.url()).search).toBe("");

  // The page still works: the index is listed and a place can be selected.
  await page.getByTestId("place-list").getByRole("button").first().click();
  await expect(page.getByTestId("excerpt").first()).toBeVisible();

  const count = await notices.count();
  await notices
    .first()
    .getByRole("button", { name: /Dismiss/ })
    .click();
  await expect(notices).toHaveCount(count - 1);
});
