import { useLayoutEffect, useRef } from "react";
import { useAtlasStore } from "../store";
import { ArticleReader } from "./ArticleReader";
import { PlaceExcerpts } from "./PlaceExcerpts";
import { PlaceIndex } from "./PlaceIndex";

/** Right-hand panel: the open article, else the selected place's excerpts, else an index. */
export function SidePanel() {
  const status = useAtlasStore((s) => s.status);
  const articleId = useAtlasStore((s) => s.openArticleId);
  const placeId = useAtlasStore((s) => s.selectedPlaceId);
  const article = useAtlasStore((s) =>
    articleId === null ? undefined : s.dataset.articleById.get(articleId),
  );
  const place = useAtlasStore((s) =>
    placeId === null ? undefined : s.dataset.placeById.get(placeId),
  );

  const panelRef = useRef<HTMLElement>(null);
  const closedArticle = useRef<string | null>(null);
  // New content starts at the top. A layout effect runs before the reader's (passive) effect
  // that scrolls the clicked mention into view, so that scroll is not undone.
  useLayoutEffect(() => {
    const panel = panelRef.current;
    if (!panel) return;
    panel.scrollTop = 0;
    // Closing the reader returns keyboard focus to an excerpt of the article it showed.
    const previous = closedArticle.current;
    closedArticle.current = articleId;
    if (articleId === null && previous !== null) {
      const excerpt = panel.querySelector<HTMLElement>(
        `[data-testid="excerpt"][data-article="${CSS.escape(previous)}"]`,
      );
      excerpt?.focus();
    }
  }, [articleId, placeId]);

  return (
    <aside
      ref={panelRef}
      className="panel"
      data-testid="excerpts"
      aria-label="Excerpts and articles"
    >
      {status !== "ready" ? (
        <p className="panel-body panel-empty">
          {status === "loading"
            ? "Loading places…"
            : "No data loaded, so there is nothing to list."}
        </p>
      ) : article ? (
        <ArticleReader article={article} />
      ) : place ? (
        <PlaceExcerpts place={place} />
      ) : (
        <PlaceIndex />
      )}
    </aside>
  );
}
