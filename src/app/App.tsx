import { useLoadDataset } from "./data/use-load-dataset";
import { SidePanel } from "./excerpts/SidePanel";
import { Header } from "./header/Header";
import { MapView } from "./map/MapView";
import { NoticeBar } from "./notices/NoticeBar";
import { DataStatus } from "./notices/DataStatus";
import { Timeline } from "./timeline/Timeline";
import { useUrlSync } from "./url/use-url-sync";

/** Layout only: header, map beside the side panel, timeline along the bottom. */
export function App() {
  useLoadDataset();
  useUrlSync();
  return (
    <div className="app">
      <Header />
      <NoticeBar />
      <main className="workspace">
        <section className="map-area">
          <MapView />
          <DataStatus />
        </section>
        <SidePanel />
      </main>
      <Timeline />
    </div>
  );
}
