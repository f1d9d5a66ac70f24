import { useEffect, useState } from "react";
import { copyText } from "./copy-text";

type ShareStatus = "idle" | "copied" | "failed";

/** Copies the current link (query = app state, hash = camera). The URL is kept in data-url. */
export function ShareButton() {
  const [status, setStatus] = useState<ShareStatus>("idle");
  const [url, setUrl] = useState("");

  useEffect(() => {
    if (status === "idle") return;
    const timer = setTimeout(() => setStatus("idle"), 2500);
    return () => clearTimeout(timer);
  }, [status]);

  const share = async () => {
    const href = window.location.href;
    setUrl(href);
    setStatus((await copyText(href)) ? "copied" : "failed");
  };

  return (
    <div className="share">
      <button
        type="button"
        className="button button-primary"
        data-testid="share"
        data-url={url}
        onClick={share}
      >
        Share view
      </button>
      <span className="share-status" aria-live="polite">
        {status === "copied" && "Link copied"}
        {status === "failed" && "Copy failed — use the address bar"}
      </span>
    </div>
  );
}
