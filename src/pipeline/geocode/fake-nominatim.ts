/**
 * Test double: a real HTTP server on 127.0.0.1 that answers `/search` the way Nominatim does
 * for a few known queries, and misbehaves on purpose for others. Lives beside the tests (not
 * under a test name) so Vitest does not collect it as a suite.
 */
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  path: string;
  params: URLSearchParams;
  userAgent: string | undefined;
}

export interface FakeNominatim {
  baseUrl: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

const place = (extra: Record<string, unknown>) => ({
  place_id: 1,
  licence: "Data © OpenStreetMap contributors, ODbL 1.0. http://osm.org/copyright",
  importance: 0.4,
  ...extra,
});

/** Canned bodies, keyed by the `q` parameter; unknown queries get `[]` (not found). */
const RESULTS: Readonly<Record<string, unknown[]>> = {
  "Kafr Takharim": [place({ osm_type: "node", osm_id: 101, lat: "36.1178", lon: "36.5133" })].map(
    (r) => ({
      ...r,
      category: "place",
      type: "village",
      addresstype: "village",
      name: "Kafr Takharim",
    }),
  ),
  // Two results: the first one wins.
  Atarib: [
    place({ osm_type: "node", osm_id: 102, lat: "36.1383", lon: "36.8300", name: "Al-Atarib" }),
    place({ osm_type: "node", osm_id: 999, lat: "33.0", lon: "44.0", name: "Elsewhere" }),
  ].map((r) => ({ ...r, category: "place", type: "town", addresstype: "town" })),
  "Idlib Governorate": [
    place({ osm_type: "relation", osm_id: 103, lat: "35.75", lon: "36.6", name: "Idlib" }),
  ].map((r) => ({
    ...r,
    category: "boundary",
    type: "administrative",
    addresstype: "state",
    place_rank: 8,
  })),
  // No name: the first part of display_name stands in.
  "Bab al-Hawa Crossing": [
    place({ osm_type: "way", osm_id: 104, lat: "36.2290", lon: "36.6700", name: "" }),
  ].map((r) => ({
    ...r,
    category: "barrier",
    type: "border_control",
    display_name: "Bab al-Hawa, Syria",
  })),
  "Bad Shape": [{ lat: "north", lon: "36.5" }],
};

function answer(res: ServerResponse, q: string): void {
  if (q === "Server Error") {
    res.writeHead(500, { "Content-Type": "text/plain" }).end("Internal Server Error");
  } else if (q === "Garbage") {
    res.writeHead(200, { "Content-Type": "text/html" }).end("<html>rate limited</html>");
  } else if (q === "Hang") {
    // Never answers: the client's timeout has to end the request.
  } else {
    res
      .writeHead(200, { "Content-Type": "application/json" })
      .end(JSON.stringify(RESULTS[q] ?? []));
  }
}

export async function startFakeNominatim(): Promise<FakeNominatim> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    requests.push({
      path: url.pathname,
      params: url.searchParams,
      userAgent: req.headers["user-agent"],
    });
    if (url.pathname !== "/search") res.writeHead(404).end();
    else answer(res, url.searchParams.get("q") ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
