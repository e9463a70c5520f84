import { parseArgs, parseBucketBounds } from "../../src/cli/args";

describe("parseArgs", () => {
  it("applies the defaults of design.md §5: buckets 30/60/90, automatic lettrage, aging by due date, text output", () => {
    expect(parseArgs(["age", "--workbook", "w.xlsx"])).toEqual({
      ok: true,
      command: {
        kind: "age",
        args: { source: { kind: "workbook", path: "w.xlsx" }, bucketBounds: [30, 60, 90], autoLettrage: true, basis: "due", format: "text" },
      },
    });
  });

  it("accepts --option=value as well as --option value", () => {
    const parsed = parseArgs(["age", "--invoices=f.csv", "--as-of=2026-03-31", "--buckets=15,45", "--terms=45", "--csv"]);
    expect(parsed).toMatchObject({
      ok: true,
      command: { args: { source: { kind: "files", invoices: "f.csv" }, asOf: "2026-03-31", bucketBounds: [15, 45], termsDays: 45, format: "csv" } },
    });
  });

  it("refuses an option given twice rather than guessing which one was meant", () => {
    const parsed = parseArgs(["age", "--invoices", "a.csv", "--invoices", "b.csv"]);
    expect(parsed.ok).toBe(false);
  });

  it("keeps a sheet name with spaces in --invoices classeur.xlsx#Feuille", () => {
    expect(parseArgs(["age", "--invoices", "export 2026.xlsx#Ventes mars"])).toMatchObject({
      ok: true, command: { args: { source: { invoices: "export 2026.xlsx#Ventes mars" } } },
    });
  });
});

describe("parseBucketBounds", () => {
  it("reads increasing whole numbers of days", () => {
    expect(parseBucketBounds("30,60,90")).toEqual([30, 60, 90]);
    expect(parseBucketBounds(" 10 , 20 ")).toEqual([10, 20]);
    expect(parseBucketBounds("45")).toEqual([45]);
  });

  it.each(["", "0,30", "30,30", "60,30", "30,,60", "1.5", "-30", "30;60"])("refuses %j", (text) => {
    expect(parseBucketBounds(text)).toBeNull();
  });
});
