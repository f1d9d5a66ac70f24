import { Fragment } from "react";
import { formatDayForReader } from "../data/days";
import type { VisibleMention } from "../data/visible-mentions";
import { useAtlasStore } from "../store";
import { placementNote } from "./placement-note";
import { segmentText } from "./segments";
import { sentenceAround } from "./sentence";

/** One mention in context: its sentence with the name marked, and where it comes from. */
export function Excerpt({ visible }: { visible: VisibleMention }) {
  const { mention, index, day } = visible;
  const article = useAtlasStore((s) => s.dataset.articleById.get(mention.article));
  const openArticle = useAtlasStore((s) => s.openArticle);
  if (!article) return null;
  const text = article.text;
  const span = sentenceAround(text, mention.start, mention.end);
  const note = placementNote(mention);

  return (
    <button
      type="button"
      className="excerpt"
      data-testid="excerpt"
      data-article={article.id}
      data-start={mention.start}
      onClick={() => openArticle(article.id, index)}
    >
      <span className="excerpt-text">
        {span.clippedStart && "… "}
        {segmentText(text, [{ ...mention, key: 0 }], span.start, span.end).map((seg) =>
          seg.key === null ? (
            <Fragment key={seg.start}>{seg.text}</Fragment>
          ) : (
            <mark key={seg.start}>{seg.text}</mark>
          ),
        )}
        {span.clippedEnd && " …"}
      </span>
      <span className="excerpt-source">
        <span className="excerpt-title">{article.title}</span>
        <span className="excerpt-date">{formatDayForReader(day)}</span>
      </span>
      {note && <span className="excerpt-placement">{note}</span>}
    </button>
  );
}
