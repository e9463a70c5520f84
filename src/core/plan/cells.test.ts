import { GENERAL, blockStyleAreas, planFormats, resolveBlock } from "./cells";

const EUR = '#,##0.00 "€"';

describe("resolving a block for writing", () => {
  it("takes the cell format first, then the column format, then General", () => {
    const r = resolveBlock({
      at: "A1",
      values: [[1, 2], [3, 4]],
      columnFormats: [EUR, null],
      numberFormats: [[null, "0.0%"], ["dd/mm/yyyy", null]],
    });
    expect(r.formats).toEqual([[EUR, "0.0%"], ["dd/mm/yyyy", GENERAL]]);
    expect(r.address).toBe("A1:B2");
  });

  it("writes every text of a text column as text, even a long one", () => {
    const long = "x".repeat(300);
    const r = resolveBlock({ at: "C3", values: [[long], [5]], textColumns: [0] });
    expect(r.formats).toEqual([["@"], [GENERAL]]);
  });

  it("rejects a ragged block as a bug", () => {
    expect(() => resolveBlock({ at: "A1", values: [[1, 2], [3]] })).toThrow(/Ragged/);
  });
});

describe("summarising formats into few writes", () => {
  it("writes one format over the block when every filled cell shares it", () => {
    const r = resolveBlock({ at: "B2", values: [[1, null], [2, 3]], columnFormats: [EUR, EUR] });
    expect(planFormats(r)).toEqual({ areas: [{ address: "B2:C3", format: EUR }], columns: [] });
  });

  it("writes nothing on a block of General numbers", () => {
    const r = resolveBlock({ at: "A1", values: [[1, 2]] });
    expect(planFormats(r)).toEqual({ areas: [], columns: [] });
  });

  it("writes a header cell as text and the amounts below in one area per column", () => {
    const r = resolveBlock({
      at: "A4",
      values: [["Client", "Montant"], ["Dupont", 10], ["Durand", null], ["Martin", -3]],
      columnFormats: [null, EUR],
    });
    const plan = planFormats(r);
    expect(plan.columns).toEqual([]);
    expect(plan.areas).toEqual([
      { address: "A4:A7", format: "@" },
      { address: "B4:B4", format: "@" },
      { address: "B5:B7", format: EUR },
    ]);
  });

  it("falls back to a one-column array when a column alternates formats", () => {
    const values = Array.from({ length: 20 }, (_, i) => [i % 2 === 0 ? "texte" : i]);
    const r = resolveBlock({ at: "D1", values, columnFormats: [EUR] });
    const plan = planFormats(r, 4);
    expect(plan.areas).toEqual([]);
    expect(plan.columns).toHaveLength(1);
    expect(plan.columns[0]?.address).toBe("D1:D20");
    expect(plan.columns[0]?.formats[1]).toEqual([EUR]);
    expect(plan.columns[0]?.formats[0]).toEqual(["@"]);
  });
});

describe("block styles", () => {
  it("turns block-relative style runs into sheet ranges", () => {
    const areas = blockStyleAreas({
      at: "B3",
      values: [["a", "b", "c"], [1, 2, 3], [4, 5, 6]],
      style: { fontSize: 10 },
      styles: [{ rows: [0, 0], style: { bold: true } }, { columns: [2, 2], style: { italic: true } }],
    });
    expect(areas).toEqual([
      { address: "B3:D5", style: { fontSize: 10 } },
      { address: "B3:D3", style: { bold: true } },
      { address: "D3:D5", style: { italic: true } },
    ]);
  });
});
