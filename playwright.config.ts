import { defineConfig } from "@playwright/test";

// Playwright cannot download its own browsers on our machines, so we default to Debian's
// Chromium. Set CHROMIUM_PATH to use another build (or "" to use Playwright's own browser).
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// Not 4173, which `npm start` serves on: the tests may run while the app is open.
const port = Number(process.env.E2E_PORT ?? 4183);

export default defineConfig({
  testDir: "e2e",
  workers: 1,
  timeout: 60_000,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    trace: "retain-on-failure",
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--use-angle=swiftshader",
        "--enable-unsafe-swiftshader",
        "--ignore-gpu-blocklist",
      ],
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
  },
});
