import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { setWorkerUrl } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import "maplibre-gl/dist/maplibre-gl.css";
import "./styles/app.css";
import "./styles/chrome.css";
import "./styles/panel.css";
import "./styles/reader.css";
import "./styles/timeline.css";
import { App } from "./App";

// Bundling breaks MapLibre's own guess of its worker location; point it at the emitted file.
setWorkerUrl(workerUrl);

const root = document.getElementById("root");
if (!root) throw new Error("index.html is missing #root");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
