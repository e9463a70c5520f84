// Reading the files named on the command line into raw sheets. Anything that makes the input unusable
// (missing file, empty file, unknown format, missing sheet) becomes an InputError: one line, French / English.
import { sheetIssue, type Issue } from "../core/issues";
import type { RawSheet, WorkbookInfo } from "../core/sheet";
import { readWorkbook, type ReadWorkbookResult } from "../xlsx/read-workbook";
import { csvToRawSheet, decodeText, type DecodedText } from "./csv-file";

/** Input the command cannot work with: exit 2 with this one-line message ("French / English"). */
export class InputError extends Error {
  /** Either both halves, or (en omitted) a line already written in both languages. */
  constructor(fr: string, en?: string) {
    super(en === undefined ? fr : `${fr} / ${en}`);
    this.name = "InputError";
  }
}

/** Reads a whole file; the CLI injects it so tests can run without touching the disk. */
export type ReadFile = (path: string) => Promise<Uint8Array>;

export type InputRole = "invoices" | "payments" | "clients";

const ROLE_FR: Record<InputRole, string> = { invoices: "factures", payments: "règlements", clients: "clients" };

function errorCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === "string" ? code : undefined;
  }
  return undefined;
}

/** The bytes of a file, refusing missing, unreadable and empty files. */
export async function readInputBytes(path: string, readFile: ReadFile): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT") throw new InputError(`Fichier introuvable : ${path}`, `File not found: ${path}`);
    if (code === "EISDIR") throw new InputError(`${path} est un dossier, pas un fichier`, `${path} is a folder, not a file`);
    if (code === "EACCES" || code === "EPERM") {
      throw new InputError(`Lecture refusée : ${path} (droits d'accès)`, `Permission denied: ${path}`);
    }
    throw new InputError(`Fichier illisible : ${path}`, `Cannot read file: ${path}`);
  }
  if (bytes.length === 0) throw new InputError(`Fichier vide : ${path}`, `Empty file: ${path}`);
  return bytes;
}

export type FileKind = "xlsx" | "xls" | "text";

/** By content, not by extension: .xlsx is a zip, the old .xls a compound document, anything else text. */
export function fileKind(bytes: Uint8Array): FileKind {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return "xlsx";
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return "xls";
  return "text";
}

/** "classeur.xlsx#Feuille 1" → path and sheet; a plain path has no sheet. */
export function splitSheetSuffix(arg: string): { path: string; sheet?: string } {
  const m = /^(.*\.xls[xm])#(.+)$/i.exec(arg);
  return m ? { path: m[1] ?? arg, sheet: m[2] ?? "" } : { path: arg };
}

export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

function refuseXls(path: string): never {
  throw new InputError(
    `Format .xls (Excel 97-2003) non pris en charge : ${path} ; enregistrez-le en .xlsx ou .csv`,
    `.xls (Excel 97-2003) is not supported: ${path}; save it as .xlsx or .csv`,
  );
}

export async function loadWorkbook(
  path: string,
  bytes: Uint8Array,
  only?: (sheetNames: string[]) => readonly string[],
): Promise<ReadWorkbookResult> {
  try {
    return await readWorkbook(bytes, only === undefined ? {} : { only });
  } catch {
    throw new InputError(
      `Classeur illisible : ${path} (fichier .xlsx endommagé ou protégé par mot de passe ?)`,
      `Unreadable workbook: ${path} (damaged or password-protected .xlsx?)`,
    );
  }
}

export function hasAnyValue(sheet: RawSheet): boolean {
  return sheet.values.some((row) => row.some((v) => v !== null && (typeof v !== "string" || v.trim() !== "")));
}

export interface LoadedSheet {
  sheet: RawSheet;
  info: WorkbookInfo;
  issues: Issue[];
}

/**
 * One input file for a role (--invoices, --payments, --clients): a CSV, or a sheet of an .xlsx — the one after
 * `#`, else the one whose name fits the role (`pickSheet`), else the first.
 */
export async function loadSheetFile(
  arg: string,
  role: InputRole,
  readFile: ReadFile,
  pickSheet: (sheetNames: string[]) => string | null,
): Promise<LoadedSheet> {
  const { path, sheet: wanted } = splitSheetSuffix(arg);
  const bytes = await readInputBytes(path, readFile);
  const kind = fileKind(bytes);
  if (kind === "xls") refuseXls(path);
  if (kind === "text") {
    if (wanted !== undefined) {
      throw new InputError(`${path} n'est pas un classeur .xlsx : retirez « #${wanted} »`, `${path} is not an .xlsx workbook: remove "#${wanted}"`);
    }
    const read = csvToRawSheet(bytes, baseName(path));
    if (!hasAnyValue(read.sheet)) throw new InputError(`Fichier vide : ${path}`, `Empty file: ${path}`);
    return { sheet: read.sheet, info: { date1904: false, locale: "fr" }, issues: read.issues };
  }
  const chosen: { name?: string; byRole?: boolean } = {};
  const book = await loadWorkbook(path, bytes, (names) => {
    const byRole = wanted === undefined ? pickSheet(names) : null;
    chosen.byRole = byRole !== null;
    chosen.name = wanted ?? byRole ?? names[0];
    return chosen.name === undefined ? [] : [chosen.name];
  });
  const issues = [...book.issues];
  const name = chosen.name;
  if (name === undefined) throw new InputError(`Classeur sans feuille : ${path}`, `Workbook without sheets: ${path}`);
  if (wanted !== undefined && !book.sheetNames.includes(wanted)) {
    throw new InputError(
      `Feuille « ${wanted} » absente de ${path} (feuilles présentes : ${book.sheetNames.join(", ")})`,
      `No sheet "${wanted}" in ${path} (sheets present: ${book.sheetNames.join(", ")})`,
    );
  }
  if (wanted === undefined && chosen.byRole !== true && book.sheetNames.length > 1) {
    issues.push(
      sheetIssue(
        "info",
        "input.sheet-chosen",
        `Feuille « ${name} » de ${baseName(path)} lue comme ${ROLE_FR[role]} ; choisissez-en une autre avec ${baseName(path)}#Feuille. / ` +
          `Sheet "${name}" of ${baseName(path)} read as ${role}; pick another one with ${baseName(path)}#Sheet.`,
        name,
      ),
    );
  }
  const sheet = book.sheets.find((s) => s.name === name);
  if (sheet === undefined || !hasAnyValue(sheet)) {
    throw new InputError(`Feuille « ${name} » vide dans ${path}`, `Sheet "${name}" of ${path} is empty`);
  }
  return { sheet, info: book.info, issues };
}

/** A text file (FEC) as text, with its encoding detected. */
export async function loadTextFile(path: string, readFile: ReadFile): Promise<DecodedText> {
  const bytes = await readInputBytes(path, readFile);
  const kind = fileKind(bytes);
  if (kind === "xls") refuseXls(path);
  if (kind === "xlsx") {
    throw new InputError(
      `${path} est un classeur Excel, pas un FEC texte : utilisez --workbook`,
      `${path} is an Excel workbook, not a FEC text file: use --workbook`,
    );
  }
  const decoded = decodeText(bytes);
  if (decoded.text.trim() === "") throw new InputError(`Fichier vide : ${path}`, `Empty file: ${path}`);
  return decoded;
}
