import type { StateCreator } from "zustand";
import type { AtlasState } from "./index";

export interface Notice {
  id: number;
  text: string;
}

export interface NoticesState {
  notices: Notice[];
  addNotices: (texts: readonly string[]) => void;
  dismissNotice: (id: number) => void;
}

let nextNoticeId = 1;

export const createNoticesSlice: StateCreator<AtlasState, [], [], NoticesState> = (set, get) => ({
  notices: [],
  addNotices: (texts) => {
    if (texts.length === 0) return;
    const added = texts.map((text) => ({ id: nextNoticeId++, text }));
    set({ notices: [...get().notices, ...added], historyIntent: "none" });
  },
  dismissNotice: (id) =>
    set({ notices: get().notices.filter((n) => n.id !== id), historyIntent: "none" }),
});
