// Several .eml drafts offered as one .zip download, with safe, unique file names.
import JSZip from "jszip";

export interface EmlFile {
  /** The client's name, used (sanitised) for the file name. */
  clientName: string;
  eml: string;
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
const MAX_STEM = 80;

/**
 * A file name stem that every system accepts: accents dropped, only letters, digits, space, ".", "_",
 * "-", "+" and "'" kept (others become "_"), no leading or trailing dot or space, not a Windows device
 * name, at most 80 characters, never empty ("client").
 */
export function safeFileStem(name: string): string {
  const ascii = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  let stem = ascii
    .replace(/[^A-Za-z0-9 ._+'-]+/g, "_")
    .replace(/_+/g, "_")
    .replace(/\s+/g, " ")
    .slice(0, MAX_STEM)
    .replace(/^[\s._]+|[\s._]+$/g, "");
  if (stem === "" || /^[_\s.-]*$/.test(stem)) stem = "client";
  if (WINDOWS_RESERVED.test(stem)) stem = `${stem}_`;
  return stem;
}

/** "<stem>.eml", made unique against `taken` (compared ignoring case, as Windows and macOS do). */
export function uniqueEmlName(clientName: string, taken: Set<string>): string {
  const stem = safeFileStem(clientName);
  let name = `${stem}.eml`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem} (${n}).eml`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * One .zip holding every draft. `date` stamps the entries (the caller owns the clock; JSZip would
 * otherwise use the current time). Returns the zip bytes and the file names, in input order.
 */
export async function emlBundle(files: EmlFile[], opts: { date: Date }): Promise<{ zip: Uint8Array; names: string[] }> {
  const zip = new JSZip();
  const taken = new Set<string>();
  const names = files.map((f) => {
    const name = uniqueEmlName(f.clientName, taken);
    zip.file(name, f.eml, { date: opts.date, binary: false });
    return name;
  });
  const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
  return { zip: bytes, names };
}
