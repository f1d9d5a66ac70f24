import { describe, expect, it } from "vitest";
import { haversineKm } from "./distance.ts";

const IDLIB_CITY = { lat: 35.93062, lon: 36.63393 };
const HAMA_CITY = { lat: 35.13179, lon: 36.75783 };

describe("haversineKm", () => {
  it("gives the known Idlib city – Hama city distance (~89.5 km)", () => {
    // Independent check: ~0.7988° of latitude (~88.8 km) plus a small east offset.
    expect(haversineKm(IDLIB_CITY, HAMA_CITY)).toBeCloseTo(89.53, 1);
  });

  it("is symmetric and zero for the same point", () => {
    expect(haversineKm(HAMA_CITY, IDLIB_CITY)).toBeCloseTo(haversineKm(IDLIB_CITY, HAMA_CITY), 9);
    expect(haversineKm(IDLIB_CITY, IDLIB_CITY)).toBe(0);
  });

  it("gives ~111.2 km for one degree along a meridian", () => {
    expect(haversineKm({ lat: 35, lon: 36 }, { lat: 36, lon: 36 })).toBeCloseTo(111.19, 1);
  });

  it("shrinks east–west distances with latitude (not a flat lat/lon metric)", () => {
    const atEquator = haversineKm({ lat: 0, lon: 36 }, { lat: 0, lon: 37 });
    const atIdlib = haversineKm({ lat: 36, lon: 36 }, { lat: 36, lon: 37 });
    expect(atIdlib / atEquator).toBeCloseTo(Math.cos((36 * Math.PI) / 180), 3);
  });

  it("handles antipodal points (half the circumference)", () => {
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(20015.1, 0);
  });
});
