import fc from "fast-check";
import { encodeKeyPart, keyProblem, reminderKey } from "../../src/mail/reminder-key";

describe("reminder idempotency keys", () => {
  it("keeps a readable client, level and day", () => {
    expect(reminderKey("C0042", "J+10", "2026-11-22")).toBe("^c0042|^j~2b~10|2026-11-22");
  });

  it("gives two clients whose codes differ only by case keys that stay different even compared case-insensitively", () => {
    const a = reminderKey("abc", "J+10", "2026-11-22");
    const b = reminderKey("ABC", "J+10", "2026-11-22");
    expect(a.toLowerCase()).not.toBe(b.toLowerCase());
  });

  it("never lets a separator inside a client code forge another reminder's key", () => {
    expect(reminderKey("a|J+10", "x", "2026-11-22")).not.toBe(reminderKey("a", "J+10|x", "2026-11-22"));
  });

  it("maps different reminders to keys that differ even ignoring case, and every key is usable", () => {
    const part = fc.string({ unit: "grapheme", maxLength: 12 });
    fc.assert(
      fc.property(part, part, part, part, (c1, l1, c2, l2) => {
        const k1 = reminderKey(c1, l1, "2026-11-22");
        const k2 = reminderKey(c2, l2, "2026-11-22");
        expect(k1 === k2).toBe(c1 === c2 && l1 === l2);
        expect(k1.toLowerCase() === k2.toLowerCase()).toBe(k1 === k2);
        if (k1.length <= 255) expect(keyProblem(k1)).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it("encodes each character on its own, so encoding is injective", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.string({ unit: "binary" }), (a, b) => {
        expect(encodeKeyPart(a) === encodeKeyPart(b)).toBe(a === b);
      }),
      { numRuns: 2000 },
    );
  });

  it("refuses keys a case-insensitive search could confuse, empty keys and control characters", () => {
    expect(keyProblem("C1|j|2026-11-22")).toBe("upper-case letter");
    expect(keyProblem("")).toBe("empty");
    expect(keyProblem("a\r\nb")).toBe("control character");
    expect(keyProblem("x".repeat(256))).toBe("longer than 255 characters");
  });
});
