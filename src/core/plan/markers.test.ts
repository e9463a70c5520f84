import { freeSheetName, freeTableName, keyOfMarkerName, markerDefinedName, resolveOwnedSheets } from "./markers";

const sheet = (name: string, marker: string | null = null) => ({ name, marker });

describe("finding owned sheets by marker", () => {
  it("finds our sheet by its marker even after the user renamed it", () => {
    const owned = resolveOwnedSheets([sheet("Factures"), sheet("BA mars", "balance")], new Map());
    expect(owned.get("balance")).toBe("BA mars");
  });

  it("never takes a user's sheet that only has our name", () => {
    const owned = resolveOwnedSheets([sheet("Balance âgée"), sheet("Factures")], new Map());
    expect(owned.has("balance")).toBe(false);
  });

  it("uses the workbook-level marker when the host has no sheet markers", () => {
    const owned = resolveOwnedSheets([sheet("Balance âgée"), sheet("Balance âgée (2)")], new Map([["balance", "Balance âgée (2)"]]));
    expect(owned.get("balance")).toBe("Balance âgée (2)");
  });

  it("ignores a workbook-level marker naming a sheet that no longer exists", () => {
    expect(resolveOwnedSheets([sheet("Factures")], new Map([["balance", "Balance âgée"]])).size).toBe(0);
  });

  it("prefers the copy the workbook-level marker confirms when a marked sheet was duplicated", () => {
    const owned = resolveOwnedSheets(
      [sheet("Balance âgée (3)", "balance"), sheet("Balance âgée", "balance")],
      new Map([["balance", "Balance âgée"]]),
    );
    expect(owned.get("balance")).toBe("Balance âgée");
  });

  it("never gives one sheet to two keys", () => {
    const owned = resolveOwnedSheets([sheet("X", "dashboard")], new Map([["balance", "X"]]));
    expect([...owned]).toEqual([["dashboard", "X"]]);
  });
});

describe("names for new owned sheets and tables", () => {
  it("adds a suffix when a user sheet has the name, whatever its case", () => {
    expect(freeSheetName("Balance âgée", ["balance ÂGÉE"])).toBe("Balance âgée (2)");
    expect(freeSheetName("Balance âgée", ["Balance âgée", "Balance âgée (2)"])).toBe("Balance âgée (3)");
    expect(freeSheetName("Tableau de bord", ["Factures"])).toBe("Tableau de bord");
  });

  it("keeps a suffixed name within Excel's 31 characters", () => {
    const long = "A".repeat(31);
    const free = freeSheetName(long, [long]);
    expect(free).toHaveLength(31);
    expect(free.endsWith(" (2)")).toBe(true);
  });

  it("suffixes a table name already used elsewhere in the workbook", () => {
    expect(freeTableName("Balance", ["balance"])).toBe("Balance_2");
  });

  it("reads back the key of a marker name and nothing else", () => {
    expect(keyOfMarkerName(markerDefinedName("journal"))).toBe("journal");
    expect(keyOfMarkerName("Print_Area")).toBeNull();
  });
});
