import { useEffect, useMemo, useRef } from "react";
import type { Article } from "../../shared/types";
import { formatDayForReader } from "../data/days";
import { useAtlasStore } from "../store";
import { ArticleText } from "./ArticleText";

/** The full article with every place mention marked; Escape or the close button returns. */
export function ArticleReader({ article }: { article: Article }) {
  const mentions = useAtlasStore((s) => s.dataset.mentions);
  const selectedPlaceId = useAtlasStore((s) => s.selectedPlaceId);
  const focusedMention = useAtlasStore((s) => s.focusedMention);
  const closeArticle = useAtlasStore((s) => s.closeArticle);
  const closeRef = useRef<HTMLButtonElement>(null);

  const own = useMemo(
    () =>
      mentions.flatMap((mention, index) =>
        mention.article === article.id ? [{ mention, index }] : [],
      ),
    [mentions, article.id],
  );
  // Scroll to the clicked mention; on a restored link, to the selected place's first mention.
  const scrollTarget =
    focusedMention ?? own.find((m) => m.mention.place === selectedPlaceId)?.index ?? null;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") closeArticle();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [closeArticle]);

  useEffect(() => {
    if (scrollTarget === null) closeRef.current?.focus();
  }, [article.id, scrollTarget]);

  return (
    <article className="panel-body reader" data-testid="article" aria-labelledby="reader-title">
      <button
        ref={closeRef}
        type="button"
        className="link-button reader-back"
        onClick={closeArticle}
      >
        ← Back to excerpts <kbd>Esc</kbd>
      </button>
      <h2 className="panel-title" id="reader-title">
        {article.title}
      </h2>
      <p className="panel-hint" title={article.published_basis}>
        {article.published === null
          ? "Publication date unknown"
          : `Published ${formatDayForReader(article.published)}`}
        {article.source && ` · ${article.source}`}
      </p>
      <ArticleText
        text={article.text}
        mentions={own}
        selectedPlaceId={selectedPlaceId}
        scrollTarget={scrollTarget}
      />
    </article>
  );
}
