import { expect, test } from "@playwright/test";
import { openAtlas } from "./support/atlas";

test.use({ viewport: { width: 390, height: 844 } });

test("on a phone-sized screen the map, excerpts and timeline fit without sideways scrolling", async ({
  page,
}) => {
  await openAtlas(page, "/?place=idlib-governorate");
  await expect(page.getByTestId("excerpt").first()).toBeVisible();
  await expect(page.getByTestId("timeline")).toBeVisible();
  const overflow = await page.evaluate(
    "document.documentElement.scrollWidth - document.documentElement.clientWidth",
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
