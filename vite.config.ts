import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [react()],
  build: { chunkSizeWarningLimit: 2000 },
  test: {
    include: ["src/**/*.test.{ts,tsx}"],
    environment: "node",
  },
});
