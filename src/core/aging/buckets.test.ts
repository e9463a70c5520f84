import { bucketIndex, makeBuckets } from "./buckets";

describe("aging buckets", () => {
  it("labels the default buckets in French, non échu first", () => {
    expect(makeBuckets([30, 60, 90])).toEqual([
      { label: "Non échu", minDays: null, maxDays: 0 },
      { label: "1–30 j", minDays: 1, maxDays: 30 },
      { label: "31–60 j", minDays: 31, maxDays: 60 },
      { label: "61–90 j", minDays: 61, maxDays: 90 },
      { label: "> 90 j", minDays: 91, maxDays: null },
    ]);
  });

  it("follows configurable bounds such as 15 and 45 days", () => {
    expect(makeBuckets([15, 45]).map((b) => b.label)).toEqual(["Non échu", "1–15 j", "16–45 j", "> 45 j"]);
  });

  it("splits only non échu and échu when there are no bounds", () => {
    expect(makeBuckets([]).map((b) => b.label)).toEqual(["Non échu", "Échu"]);
  });

  it("rejects bounds that are not strictly increasing positive integers", () => {
    expect(() => makeBuckets([30, 30])).toThrow(RangeError);
    expect(() => makeBuckets([60, 30])).toThrow(RangeError);
    expect(() => makeBuckets([0, 30])).toThrow(RangeError);
    expect(() => makeBuckets([-5])).toThrow(RangeError);
    expect(() => makeBuckets([30.5])).toThrow(RangeError);
    expect(() => makeBuckets([Number.NaN])).toThrow(RangeError);
  });

  it("puts zero and negative days overdue in non échu and each bound in its own bucket", () => {
    const buckets = makeBuckets([30, 60, 90]);
    expect([-10, 0, 1, 30, 31, 60, 61, 90, 91, 4000].map((d) => bucketIndex(d, buckets))).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
  });
});
