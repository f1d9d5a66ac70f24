import { expect, test } from "@playwright/test";
import {
  emptyStretch,
  mapPixels,
  mentionsInRange,
  openAtlas,
  searchParam,
  seedData,
} from "./support/atlas";
import { countNear } from "./support/png";

test("dragging the start handle narrows what is shown and writes the URL", async ({ page }) => {
  await openAtlas(page);
  const before = await mentionsInRange(page);
  const track = await page.getByTestId("timeline-track").boundingBox();
  const handle = await page.getByTestId("handle-start").boundingBox();
  if (!track || !handle) throw new Error("timeline not laid out");

  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(track.x + track.width * 0.5, handle.y + handle.height / 2, { steps: 8 });
  await page.mouse.up();

  await expect.poll(() => searchParam(page, "from")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(await mentionsInRange(page)).toBeLessThan(before);
  await expect(page.getByTestId("range-from")).toHaveValue(searchParam(page, "from") ?? "");
});

test("typing dates filters the map: an empty stretch draws no circles", async ({
  page,
  request,
}) => {
  const gap = emptyStretch(await seedData(request));
  await openAtlas(page);
  const colourBefore = countNear(await mapPixels(page), "#c2410c", 30);
  expect(colourBefore).toBeGreaterThan(0);

  await page.getByTestId("range-from").fill(gap.from);
  await page.getByTestId("range-to").fill(gap.to);
  await expect.poll(() => searchParam(page, "to")).toBe(gap.to);
  expect(searchParam(page, "from")).toBe(gap.from);
  await expect(page.getByTestId("place-list").locator("li")).toHaveCount(0);
  expect(await mentionsInRange(page)).toBe(0);
  expect(countNear(await mapPixels(page), "#c2410c", 30)).toBeLessThan(colourBefore / 10);
});

test("reset restores the full range and drops it from the URL", async ({ page }) => {
  await openAtlas(page);
  const all = await mentionsInRange(page);
  await page.getByTestId("handle-end").focus();
  await page.keyboard.press("PageDown");
  await expect.poll(() => searchParam(page, "to")).not.toBeNull();
  await page.getByTestId("range-reset").click();
  await expect.poll(() => searchParam(page, "to")).toBeNull();
  expect(await mentionsInRange(page)).toBe(all);
});

test("the handles are keyboard operable sliders", async ({ page }) => {
  await openAtlas(page);
  const start = page.getByRole("slider", { name: "Range start" });
  const first = Number(await start.getAttribute("aria-valuenow"));
  await start.focus();
  await page.keyboard.press("ArrowRight");
  await expect(start).toHaveAttribute("aria-valuenow", String(first + 1));
  await expect.poll(() => searchParam(page, "from")).not.toBeNull();
});

test("switching to publication dates is part of the URL", async ({ page }) => {
  await openAtlas(page);
  await page.getByTestId("basis-published").click();
  await expect(page.getByTestId("basis-published")).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => searchParam(page, "dates")).toBe("published");
});

test("one drag makes one history entry; back restores the earlier range", async ({ page }) => {
  await openAtlas(page);
  const track = await page.getByTestId("timeline-track").boundingBox();
  if (!track) throw new Error("timeline not laid out");
  const y = track.y + track.height / 2;
  // Drag out a new window across the middle of the track, in many small steps.
  await page.mouse.move(track.x + track.width * 0.3, y);
  await page.mouse.down();
  await page.mouse.move(track.x + track.width * 0.7, y, { steps: 12 });
  await page.mouse.up();
  await expect.poll(() => searchParam(page, "to")).not.toBeNull();

  await page.goBack();
  await expect.poll(() => searchParam(page, "from")).toBeNull();
  expect(searchParam(page, "to")).toBeNull();
  await expect(page.getByTestId("range-reset")).toBeDisabled();
});

test("a plain click on the histogram clears the range", async ({ page }) => {
  await openAtlas(page, "/");
  await page.getByTestId("handle-end").focus();
  await page.keyboard.press("PageDown");
  await expect.poll(() => searchParam(page, "to")).not.toBeNull();
  const track = await page.getByTestId("timeline-track").boundingBox();
  if (!track) throw new Error("timeline not laid out");
  // Click right of the window (outside it), where a drag would draw a new window.
  await page.mouse.click(track.x + track.width - 3, track.y + 4);
  await expect.poll(() => searchParam(page, "to")).toBeNull();
  await expect(page.getByTestId("range-reset")).toBeDisabled();
});
