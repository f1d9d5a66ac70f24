import { expect, test } from "@playwright/test";
import { openAtlas } from "./support/atlas";

test("the built app forbids inline scripts and outside origins in its CSP", async ({ page }) => {
  await openAtlas(page);
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute("content");
  expect(csp).toContain("default-src 'self'");
  expect(csp).toMatch(/script-src 'self'(;|$)/);
  expect(csp).not.toContain("unsafe-eval");
});

test("an injected inline script does not run", async ({ page }) => {
  const violations: string[] = [];
  page.on(
    "console",
    (m) => m.text().includes("Content Security Policy") && violations.push(m.text()),
  );
  await openAtlas(page);
  // A string, because this runs in the page (the e2e code is typed for Node, not the DOM).
  const ran = await page.evaluate(`(async () => {
    const script = document.createElement("script");
    script.textContent = "window.__injected = true;";
    document.body.append(script);
    await new Promise((r) => setTimeout(r, 100));
    return window.__injected === true;
  })()`);
  expect(ran).toBe(false);
  expect(violations.length).toBeGreaterThan(0);
});

test("loading the app asks nothing of other origins", async ({ page, baseURL }) => {
  const outside: string[] = [];
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(baseURL ?? "") && !/^(data|blob):/.test(url)) outside.push(url);
  });
  await openAtlas(page);
  expect(outside).toEqual([]);
});
