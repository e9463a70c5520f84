import { csvToRawSheet, decodeText, detectSeparator, splitCsv } from "../../src/cli/csv-file";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Windows-1252 bytes of Latin-1 text plus the few characters of 0x80–0x9F our fixtures use. */
const CP1252_EXTRA: Record<string, number> = { "€": 0x80, "’": 0x92, "œ": 0x9c, "Œ": 0x8c };
function cp1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((ch) => CP1252_EXTRA[ch] ?? ch.charCodeAt(0)));
}

describe("decodeText", () => {
  it("reads UTF-8 and drops the byte-order mark Excel writes", () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Société;Montant")]);
    expect(decodeText(withBom)).toEqual({ text: "Société;Montant", encoding: "utf-8" });
    expect(decodeText(utf8("Société;Montant")).text).toBe("Société;Montant");
  });

  it("falls back to Windows-1252 when the bytes are not valid UTF-8, accents and euro sign included", () => {
    const decoded = decodeText(cp1252("Crèmerie Françoise;Œuvres d’art;cœur;12 €"));
    expect(decoded.encoding).toBe("windows-1252");
    expect(decoded.text).toBe("Crèmerie Françoise;Œuvres d’art;cœur;12 €");
  });

  it("reads UTF-16 text with its byte-order mark (Excel's « Texte Unicode » export)", () => {
    const body = Buffer.from("Facture\tMontant", "utf16le");
    const decoded = decodeText(new Uint8Array([0xff, 0xfe, ...body]));
    expect(decoded).toEqual({ text: "Facture\tMontant", encoding: "utf-16le" });
  });
});

describe("detectSeparator", () => {
  it("finds the semicolon of French Excel exports even when amounts hold decimal commas", () => {
    expect(detectSeparator("N° facture;Client;Montant\nF1;Dupont;1 234,56\n")).toBe(";");
  });

  it("finds tabs and commas", () => {
    expect(detectSeparator("Invoice\tCustomer\tAmount\n")).toBe("\t");
    expect(detectSeparator("Invoice,Customer,Amount\n")).toBe(",");
  });

  it("ignores separators inside quotes and a title line without any", () => {
    expect(detectSeparator('Export du 31/01/2026\n"Dupont, Fils";Montant;Date\n')).toBe(";");
  });
});

describe("splitCsv", () => {
  it("keeps separators, line breaks and doubled quotes inside quoted fields", () => {
    const text = 'N°;Client;Note\r\nF1;"Dupont; Fils";"ligne 1\r\nligne 2 ""urgent"""\r\nF2;Martin;\r\n';
    expect(splitCsv(text, ";")).toEqual({
      rows: [
        ["N°", "Client", "Note"],
        ["F1", "Dupont; Fils", 'ligne 1\r\nligne 2 "urgent"'],
        ["F2", "Martin", ""],
      ],
      unclosedQuoteRow: null,
    });
  });

  it("accepts LF and CR line ends, keeps blank lines as empty rows and adds no row for the final line break", () => {
    expect(splitCsv("a,b\n\nc,d\re,f\n", ",").rows).toEqual([["a", "b"], [""], ["c", "d"], ["e", "f"]]);
  });

  it("keeps a stray quote inside an unquoted field as a character", () => {
    expect(splitCsv('12" screen;5\n', ";").rows).toEqual([['12" screen', "5"]]);
  });

  it("reports a quote left open instead of silently dropping the rest of the file", () => {
    const result = splitCsv('a;b\n"open;c\nd;e\n', ";");
    expect(result.unclosedQuoteRow).toBe(2);
    expect(result.rows[1]).toEqual(["open;c\nd;e\n"]);
  });
});

describe("csvToRawSheet", () => {
  it("gives every cell as text, named after the file so issues read « factures.csv!E12 »", () => {
    const read = csvToRawSheet(utf8("Facture\tMontant\nF1\t0012\n"), "factures.csv");
    expect(read.separator).toBe("\t");
    expect(read.sheet).toEqual({ name: "factures.csv", values: [["Facture", "Montant"], ["F1", "0012"]], firstRow: 1, firstColumn: 0 });
    expect(read.issues).toEqual([]);
  });

  it("turns an unclosed quote into a warning tied to its row", () => {
    const read = csvToRawSheet(utf8('Facture;Client\nF1;"Dupont\n'), "f.csv");
    expect(read.issues).toHaveLength(1);
    expect(read.issues[0]).toMatchObject({ severity: "warning", code: "csv.unclosed-quote", sheet: "f.csv", row: 2 });
  });
});
