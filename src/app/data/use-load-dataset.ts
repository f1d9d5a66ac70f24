import { useEffect } from "react";
import { useAtlasStore } from "../store";
import { DataLoadError, loadDataset } from "./load-dataset";

/** Loads the contract files once at start-up into the store. */
export function useLoadDataset(): void {
  const setDataset = useAtlasStore((s) => s.setDataset);
  const setLoadError = useAtlasStore((s) => s.setLoadError);
  useEffect(() => {
    let cancelled = false;
    loadDataset().then(
      (dataset) => !cancelled && setDataset(dataset),
      (error: unknown) => {
        if (cancelled) return;
        const message =
          error instanceof DataLoadError ? error.message : `Could not load data: ${String(error)}`;
        setLoadError(message);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [setDataset, setLoadError]);
}
