// Writes the sample as a real-looking French workbook (Factures, Règlements, Clients) with ExcelJS, then
// re-zips it with fixed timestamps so the same data always gives the same bytes.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { IsoDay } from "../../src/core/days/day";
import { TERMS_DAYS, type SampleClient } from "./clients";
import { EXTRACTION_DAY, type SampleActivity } from "./activity";

const DATE_FORMAT = "dd/mm/yyyy";
const EURO_FORMAT = '#,##0.00 "€"';
const DOLLAR_FORMAT = '#,##0.00 "$"';
/** Fixed creation/modification time of the workbook and of every zip entry. */
const FIXED_TIME = new Date(Date.UTC(2026, 10, 14, 18, 0, 0));
const FIRM = "Cabinet Delmas & Associés — expertise comptable";

function utcDay(iso: IsoDay): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function frenchDay(iso: IsoDay): string {
  return iso.split("-").reverse().join("/");
}

function frenchAmountText(cents: number): string {
  const units = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
  return `${units},${String(cents % 100).padStart(2, "0")}`;
}

interface Column {
  header: string;
  width: number;
  numFmt?: string;
}

/** Header row at `headerRow`, bold on a light fill, frozen, with an autofilter. */
function setUpSheet(ws: ExcelJS.Worksheet, columns: Column[], headerRow: number): void {
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
  });
  const row = ws.getRow(headerRow);
  columns.forEach((c, i) => {
    const cell = row.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true, color: { argb: "FF1F3864" } };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    cell.border = { bottom: { style: "thin", color: { argb: "FF8EA9DB" } } };
    cell.alignment = { vertical: "middle", wrapText: true };
  });
  row.height = 30;
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activeCell: `A${headerRow + 1}` }];
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: columns.length } };
}

function writeInvoices(wb: ExcelJS.Workbook, activity: SampleActivity): void {
  const ws = wb.addWorksheet("Factures", { properties: { tabColor: { argb: "FF2F5597" } } });
  // A title above the header, as many exports have: the header is on row 3.
  ws.getCell("A1").value = `${FIRM} — Factures émises (extraction du ${frenchDay(EXTRACTION_DAY)})`;
  ws.getCell("A1").font = { bold: true, size: 13 };
  const columns: Column[] = [
    { header: "N° facture", width: 13 },
    { header: "Code client", width: 11 },
    { header: "Nom client", width: 44 },
    { header: "Date facture", width: 12 },
    { header: "Échéance", width: 12 },
    { header: "Libellé", width: 52 },
    { header: "Montant HT", width: 14 },
    { header: "TVA", width: 12 },
    { header: "Montant TTC", width: 14 },
    { header: "Devise", width: 8 },
  ];
  const headerRow = 3;
  setUpSheet(ws, columns, headerRow);
  activity.invoices.forEach((inv, k) => {
    const r = headerRow + 1 + k;
    const row = ws.getRow(r);
    const money = inv.currency === "USD" ? DOLLAR_FORMAT : EURO_FORMAT;
    row.getCell(1).value = inv.number;
    row.getCell(2).value = inv.client.code;
    row.getCell(3).value = inv.client.name;
    row.getCell(4).value = utcDay(inv.date);
    row.getCell(4).numFmt = DATE_FORMAT;
    if (inv.dueCell === "date") {
      row.getCell(5).value = utcDay(inv.due);
      row.getCell(5).numFmt = DATE_FORMAT;
    } else if (inv.dueCell === "impossible-text") {
      // Typed by hand: September has 30 days.
      row.getCell(5).value = "31/09/2026";
    }
    row.getCell(6).value = inv.label;
    row.getCell(7).value = inv.ht / 100;
    row.getCell(8).value = inv.tva / 100;
    if (inv.ttcAsText) {
      row.getCell(9).value = frenchAmountText(inv.ttc);
      row.getCell(9).alignment = { horizontal: "right" };
    } else {
      row.getCell(9).value = { formula: `G${r}+H${r}`, result: inv.ttc / 100 };
    }
    for (const c of [7, 8, 9]) row.getCell(c).numFmt = money;
    row.getCell(10).value = inv.currency;
  });
}

function writePayments(wb: ExcelJS.Workbook, activity: SampleActivity): void {
  const ws = wb.addWorksheet("Règlements", { properties: { tabColor: { argb: "FF548235" } } });
  const columns: Column[] = [
    { header: "Date règlement", width: 14 },
    { header: "Code client", width: 11 },
    { header: "Nom client", width: 44 },
    { header: "Référence", width: 22 },
    { header: "Mode", width: 12 },
    { header: "Montant", width: 14 },
    { header: "Devise", width: 8 },
    { header: "N° facture", width: 26 },
    { header: "Type", width: 11 },
  ];
  setUpSheet(ws, columns, 1);
  activity.payments.forEach((p, k) => {
    const row = ws.getRow(2 + k);
    row.getCell(1).value = utcDay(p.date);
    row.getCell(1).numFmt = DATE_FORMAT;
    row.getCell(2).value = p.client.code;
    row.getCell(3).value = p.client.name;
    row.getCell(4).value = p.reference;
    row.getCell(5).value = p.mode;
    row.getCell(6).value = p.amount / 100;
    row.getCell(6).numFmt = p.currency === "USD" ? DOLLAR_FORMAT : EURO_FORMAT;
    row.getCell(7).value = p.currency;
    if (p.invoiceRefs !== "") row.getCell(8).value = p.invoiceRefs;
    row.getCell(9).value = p.type;
  });
}

function writeClients(wb: ExcelJS.Workbook, clients: SampleClient[]): void {
  const ws = wb.addWorksheet("Clients", { properties: { tabColor: { argb: "FFBF8F00" } } });
  const columns: Column[] = [
    { header: "Code client", width: 11 },
    { header: "Raison sociale", width: 44 },
    { header: "E-mail", width: 38 },
    { header: "E-mail copie", width: 38 },
    { header: "Contact", width: 24 },
    { header: "Langue", width: 8 },
    { header: "Délai de paiement (jours)", width: 12 },
    { header: "Conditions", width: 20 },
    { header: "Encours autorisé", width: 15 },
    { header: "Bloqué", width: 8 },
    { header: "Catégorie", width: 13 },
    { header: "Notes", width: 70 },
  ];
  setUpSheet(ws, columns, 1);
  clients.forEach((c, k) => {
    const row = ws.getRow(2 + k);
    row.getCell(1).value = c.code;
    row.getCell(2).value = c.name;
    if (c.email !== "") row.getCell(3).value = c.email;
    if (c.cc !== "") row.getCell(4).value = c.cc;
    row.getCell(5).value = c.contact;
    row.getCell(6).value = c.language;
    row.getCell(7).value = TERMS_DAYS[c.terms];
    row.getCell(8).value = c.terms;
    if (c.creditLimit !== null) {
      row.getCell(9).value = c.creditLimit / 100;
      row.getCell(9).numFmt = '#,##0 "€"';
    }
    row.getCell(10).value = c.blocked ? "oui" : "non";
    row.getCell(11).value = c.category;
    if (c.notes !== "") row.getCell(12).value = c.notes;
  });
}

/** The workbook's bytes: same data, same bytes (fixed dates in the document properties and the zip). */
export async function sampleWorkbookBytes(clients: SampleClient[], activity: SampleActivity): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = FIRM;
  wb.lastModifiedBy = FIRM;
  wb.created = FIXED_TIME;
  wb.modified = FIXED_TIME;
  wb.title = "Poste clients — exemple Encours";
  writeInvoices(wb, activity);
  writePayments(wb, activity);
  writeClients(wb, clients);
  const raw = await wb.xlsx.writeBuffer();
  // ExcelJS stamps each zip entry with the current time; re-zip with a fixed one.
  const source = await JSZip.loadAsync(raw);
  const out = new JSZip();
  for (const name of Object.keys(source.files)) {
    const entry = source.files[name];
    if (entry === undefined || entry.dir) continue;
    out.file(name, await entry.async("uint8array"), { date: FIXED_TIME, createFolders: false });
  }
  return out.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
}
