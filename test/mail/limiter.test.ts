import fc from "fast-check";
import { createLimiter } from "../../src/mail/limiter";

describe("request limiter", () => {
  it("never runs more tasks at once than its size, and runs them all in arrival order", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 5 }), fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 30 }), async (size, delays) => {
        const limiter = createLimiter(size);
        let running = 0;
        let most = 0;
        const started: number[] = [];
        const results = await Promise.all(
          delays.map((d, i) =>
            limiter.run(async () => {
              started.push(i);
              running += 1;
              most = Math.max(most, running);
              for (let k = 0; k < d; k++) await Promise.resolve();
              running -= 1;
              if (d === 3) throw new Error("task failed");
              return i;
            }).catch(() => -1),
          ),
        );
        expect(most).toBeLessThanOrEqual(size);
        expect(started).toEqual(delays.map((_, i) => i));
        expect(results).toEqual(delays.map((d, i) => (d === 3 ? -1 : i)));
        expect(limiter.active()).toBe(0);
      }),
    );
  });
});
