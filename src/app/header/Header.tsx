import { useAtlasStore } from "../store";
import { useVisibleMentions } from "../store/selectors";
import { Legend } from "./Legend";
import { ShareButton } from "./ShareButton";

/** Title, what is in view, the legend and the share button. */
export function Header() {
  const articles = useAtlasStore((s) => s.dataset.articles.length);
  const visible = useVisibleMentions();
  const status = useAtlasStore((s) => s.status);
  return (
    <header className="header">
      <div className="brand">
        <h1>Idlib Atlas</h1>
        {status === "ready" && (
          <p className="brand-sub">
            {articles} article{articles === 1 ? "" : "s"} · {visible.length} mention
            {visible.length === 1 ? "" : "s"} in range
          </p>
        )}
      </div>
      <Legend />
      <ShareButton />
    </header>
  );
}
