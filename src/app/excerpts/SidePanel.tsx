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
  // New content starts at the top. A layout effect runs before the reader's (passive) effect
  // that scrolls the clicked mention into view, so that scroll is not undone.
  useLayoutEffect(() => {
    if (panelRef.current) panelRef.current.scrollTop = 0;
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
