import fc from "fast-check";
import { latePaymentPenalty, recoveryIndemnity } from "./penalties";

describe("late-payment penalties and the recovery indemnity", () => {
  it("computes late-payment penalties as amount × rate × days / 365 per invoice", () => {
    // 1 000,00 € at 12,15 % for 45 days: 1000 × 0.1215 × 45 / 365 = 14.979… → 14,98 €.
    expect(latePaymentPenalty(100000, 1215, 45)).toBe(1498);
    // 2 500,00 € at 12,15 % for 10 days: 2500 × 0.1215 × 10 / 365 = 8.3219… → 8,32 €.
    expect(latePaymentPenalty(250000, 1215, 10)).toBe(832);
  });

  it("rounds a half cent away from zero", () => {
    // 0,25 € at 10 % for 365 days = exactly 0,025 € = 2.5 cents → 3 cents (banker's rounding would give 2).
    expect(latePaymentPenalty(25, 1000, 365)).toBe(3);
    // 0,15 € → 1.5 cents → 2.
    expect(latePaymentPenalty(15, 1000, 365)).toBe(2);
  });

  it("owes nothing before the due date has passed", () => {
    expect(latePaymentPenalty(100000, 1215, 0)).toBe(0);
    expect(latePaymentPenalty(100000, 1215, -3)).toBe(0);
  });

  it("stays exact on very large amounts", () => {
    // 90 000 000 000,00 € at 12,15 % for 3 650 days = 10 years × 12,15 % = 121,5 % of the amount.
    expect(latePaymentPenalty(9_000_000_000_000, 1215, 3650)).toBe(10_935_000_000_000);
  });

  it("never decreases when the delay grows", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e10 }), fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 0, max: 2000 }), (amount, rate, days) =>
      latePaymentPenalty(amount, rate, days + 1) >= latePaymentPenalty(amount, rate, days)));
  });

  it("charges 40 € of recovery indemnity per late invoice", () => {
    expect(recoveryIndemnity(3, 4000)).toBe(12000);
    expect(recoveryIndemnity(0, 4000)).toBe(0);
  });
});
