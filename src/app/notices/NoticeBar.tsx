import { useAtlasStore } from "../store";

/** Ignored link values and similar warnings; announced politely, each dismissible. */
export function NoticeBar() {
  const notices = useAtlasStore((s) => s.notices);
  const dismiss = useAtlasStore((s) => s.dismissNotice);
  return (
    <div className="notices" aria-live="polite" data-testid="notices">
      {notices.map((notice) => (
        <div className="notice" role="status" key={notice.id} data-testid="notice">
          <span>{notice.text}</span>
          <button
            type="button"
            className="notice-dismiss"
            onClick={() => dismiss(notice.id)}
            aria-label={`Dismiss notice: ${notice.text}`}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
