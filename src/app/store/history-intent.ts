/**
 * How the latest store change should reach the browser history. Every action tags its change
 * so the URL sync knows whether to push, replace or stay quiet; changes that came *from* the
 * URL (boot, back/forward) are tagged "none", which is what breaks the store → URL → store loop.
 */
export type HistoryIntent = "push" | "preview" | "commit" | "none";
