import fc from "fast-check";
import { backoffMs, retryAfterMs } from "../../src/mail/retry-timing";

describe("Retry-After and backoff", () => {
  const now = Date.UTC(2026, 10, 22, 9, 0, 0);

  it("reads Retry-After in seconds", () => {
    expect(retryAfterMs("7", now)).toBe(7000);
    expect(retryAfterMs(" 0 ", now)).toBe(0);
  });

  it("reads Retry-After as an HTTP date against the given clock, never negative", () => {
    expect(retryAfterMs("Sun, 22 Nov 2026 09:00:30 GMT", now)).toBe(30_000);
    expect(retryAfterMs("Sun, 22 Nov 2026 08:59:00 GMT", now)).toBe(0);
  });

  it("ignores an absent or unreadable Retry-After", () => {
    for (const h of [null, undefined, "", "soon", "1.5", "-3"]) expect(retryAfterMs(h, now)).toBeNull();
  });

  it("waits between half and all of an exponentially growing ceiling, capped", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (n, r) => {
        const ceiling = Math.min(30_000, 500 * 2 ** (n - 1));
        const wait = backoffMs(n, () => r);
        expect(wait).toBeGreaterThanOrEqual(Math.floor(ceiling / 2));
        expect(wait).toBeLessThanOrEqual(ceiling);
      }),
    );
    expect(backoffMs(1, () => 0)).toBe(250);
    expect(backoffMs(3, () => 0)).toBe(1000);
  });
});
