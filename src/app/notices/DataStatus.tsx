import { useAtlasStore } from "../store";

/** Loading, load-error and empty-corpus states, drawn over the map so the layout stays put. */
export function DataStatus() {
  const status = useAtlasStore((s) => s.status);
  const loadError = useAtlasStore((s) => s.loadError);
  const articleCount = useAtlasStore((s) => s.dataset.articles.length);

  if (status === "loading") {
    return (
      <div className="data-status" role="status" data-testid="data-status">
        Loading articles…
      </div>
    );
  }
  if (status === "error") {
    return (
      <div className="data-status data-status-error" role="alert" data-testid="data-status">
        <strong>Data unavailable.</strong> {loadError}
      </div>
    );
  }
  if (articleCount === 0) {
    return (
      <div className="data-status" role="status" data-testid="data-status">
        No articles yet — add .txt files to seeds/ and run <code>npm run build:data</code>
      </div>
    );
  }
  return null;
}
