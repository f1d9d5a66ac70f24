import { useEffect, useMemo, useRef } from "react";
import type { Mention } from "../../shared/types";
import { useAtlasStore } from "../store";
import { segmentText } from "./segments";

interface ArticleTextProps {
  text: string;
  mentions: { mention: Mention; index: number }[];
  selectedPlaceId: string | null;
  scrollTarget: number | null;
}

/**
 * The article as React text nodes (never HTML: articles may contain markup). Placed names are
 * buttons that select their place; names of the selected place get the strong highlight.
 */
export function ArticleText({ text, mentions, selectedPlaceId, scrollTarget }: ArticleTextProps) {
  const selectPlace = useAtlasStore((s) => s.selectPlace);
  const placeById = useAtlasStore((s) => s.dataset.placeById);
  const targetRef = useRef<HTMLElement>(null);
  const byIndex = useMemo(() => new Map(mentions.map((m) => [m.index, m.mention])), [mentions]);
  const segments = useMemo(
    () =>
      segmentText(
        text,
        mentions.map((m) => ({ start: m.mention.start, end: m.mention.end, key: m.index })),
      ),
    [text, mentions],
  );

  useEffect(() => {
    targetRef.current?.scrollIntoView({ block: "center" });
  }, [scrollTarget, text]);

  return (
    <div className="reader-text">
      {segments.map((segment) => {
        const mention = segment.key === null ? undefined : byIndex.get(segment.key);
        if (!mention) return <span key={segment.start}>{segment.text}</span>;
        // A name placed on an id missing from places.geojson cannot be selected: show it unplaced.
        const placeId =
          mention.place !== null && placeById.has(mention.place) ? mention.place : null;
        const classes = [
          "mention",
          placeId === null ? "mention-unplaced" : "",
          placeId !== null && placeId === selectedPlaceId ? "mention-selected" : "",
          segment.key === scrollTarget ? "mention-focused" : "",
        ].join(" ");
        return (
          <mark
            key={segment.start}
            className={classes}
            data-place={placeId ?? ""}
            data-focused={segment.key === scrollTarget ? "true" : undefined}
            ref={segment.key === scrollTarget ? targetRef : undefined}
          >
            {placeId === null ? (
              segment.text
            ) : (
              <button
                type="button"
                className="mention-button"
                title="Show this place on the map"
                onClick={() => selectPlace(placeId, { fly: true, keepArticle: true })}
              >
                {segment.text}
              </button>
            )}
          </mark>
        );
      })}
    </div>
  );
}
