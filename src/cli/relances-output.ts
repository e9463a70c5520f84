// Writing a reminder run into DIR/<as-of>/: one .eml per e-mail draft, plan.json and agenda.txt.
//
// Files already there are never overwritten with other content behind the user's back:
// - a .eml that the previous run for the same as-of date wrote (listed with its SHA-256 in that run's plan.json)
//   and that nobody changed since may be replaced, or removed when this run no longer drafts it;
// - any other .eml (the user's, or one of ours edited since) is left alone: a new draft that would take its name
//   gets a free name ("… (2).eml") instead, and the report says so.
// plan.json and agenda.txt are ours and rewritten on every run.
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { safeFileStem } from "../mail/eml-bundle";

/** The file operations a run needs; the CLI passes Node's, tests may pass their own. */
export interface OutputFs {
  /** Creates the folder and its parents; nothing when it exists. */
  mkdir(path: string): Promise<void>;
  /** Text is written as UTF-8. */
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  /** Throws an error with code ENOENT when the file does not exist. */
  readFile(path: string): Promise<Uint8Array>;
  /** File names in the folder; [] when the folder does not exist. */
  list(path: string): Promise<string[]>;
  remove(path: string): Promise<void>;
}

export function nodeOutputFs(): OutputFs {
  return {
    mkdir: async (path) => void (await mkdir(path, { recursive: true })),
    writeFile: (path, data) => (typeof data === "string" ? writeFile(path, data, "utf8") : writeFile(path, data)),
    readFile: async (path) => new Uint8Array(await readFile(path)),
    list: async (path) => {
      try {
        return await readdir(path);
      } catch (error) {
        if (typeof error === "object" && error !== null && (error as { code?: unknown }).code === "ENOENT") return [];
        throw error;
      }
    },
    remove: (path) => rm(path, { force: true }),
  };
}

export function sha256(text: string | Uint8Array): string {
  return createHash("sha256").update(text).digest("hex");
}

export const PLAN_FILE = "plan.json";
export const AGENDA_FILE = "agenda.txt";

/** One .eml to write: `stem` is turned into a safe file name. */
export interface DraftFileWanted {
  stem: string;
  content: string;
}

export type DraftFileStatus = "written" | "replaced" | "unchanged";

export interface DraftFilePlaced {
  /** File name inside the run folder. */
  name: string;
  /** The name it would have had, when another file already held that one. */
  wanted?: string;
  status: DraftFileStatus;
  sha256: string;
}

/** Where each draft goes, decided before anything is written. */
export interface RunLayout {
  directory: string;
  files: DraftFilePlaced[];
  /** Files of the previous run (unchanged since) that this run does not draft again: removed on commit. */
  stale: string[];
  /** .eml files in the folder that are not ours to touch (the user's, or ours edited since). */
  foreign: string[];
}

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string"
    ? (error as { code: string }).code : undefined;
}

async function readText(fs: OutputFs, path: string): Promise<string | null> {
  try {
    return new TextDecoder().decode(await fs.readFile(path));
  } catch (error) {
    if (errorCode(error) === "ENOENT") return null;
    throw error;
  }
}

/** name (lower case) → SHA-256 of the .eml files the previous run's plan.json lists. */
async function previousRun(fs: OutputFs, directory: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const text = await readText(fs, join(directory, PLAN_FILE));
  if (text === null) return out;
  try {
    const parsed: unknown = JSON.parse(text);
    const files = (parsed as { drafts?: { files?: unknown } } | null)?.drafts?.files;
    if (!Array.isArray(files)) return out;
    for (const f of files) {
      const file = (f as { file?: unknown }).file;
      const hash = (f as { sha256?: unknown }).sha256;
      if (typeof file === "string" && typeof hash === "string") out.set(file.toLowerCase(), hash);
    }
  } catch {
    // A plan.json we cannot read: every .eml present is treated as the user's.
  }
  return out;
}

/**
 * Decides the file name of every draft in `directory` (safe, unique ignoring case) and what becomes of the
 * files already there. Reads only; `commitRun` writes.
 */
export async function layoutRun(fs: OutputFs, directory: string, drafts: readonly DraftFileWanted[]): Promise<RunLayout> {
  const previous = await previousRun(fs, directory);
  const present = (await fs.list(directory)).filter((n) => n.toLowerCase().endsWith(".eml"));
  const ours = new Map<string, string>(); // lower name → actual name, ours and unchanged since
  const foreign: string[] = [];
  for (const name of present) {
    const recorded = previous.get(name.toLowerCase());
    if (recorded !== undefined) {
      const bytes = await fs.readFile(join(directory, name));
      if (sha256(bytes) === recorded) {
        ours.set(name.toLowerCase(), name);
        continue;
      }
    }
    foreign.push(name);
  }
  const taken = new Set(foreign.map((n) => n.toLowerCase()));
  const files: DraftFilePlaced[] = [];
  const used = new Set<string>();
  for (const draft of drafts) {
    const stem = safeFileStem(draft.stem);
    const first = `${stem}.eml`;
    let name = first;
    for (let n = 2; taken.has(name.toLowerCase()) || used.has(name.toLowerCase()); n += 1) name = `${stem} (${n}).eml`;
    used.add(name.toLowerCase());
    const hash = sha256(draft.content);
    const existing = ours.get(name.toLowerCase());
    const status: DraftFileStatus = existing === undefined ? "written" : previous.get(name.toLowerCase()) === hash ? "unchanged" : "replaced";
    const placed: DraftFilePlaced = { name: existing ?? name, status, sha256: hash };
    // Only a name taken by someone else's file counts as a rename (not two drafts of one run sharing a stem).
    if (name !== first && taken.has(first.toLowerCase())) placed.wanted = first;
    files.push(placed);
  }
  const stale = [...ours.entries()].filter(([lower]) => !used.has(lower)).map(([, name]) => name);
  return { directory, files, stale, foreign };
}

/** Writes the drafts (in layout order), plan.json and agenda.txt, then removes the previous run's stale drafts. */
export async function commitRun(
  fs: OutputFs, layout: RunLayout, contents: readonly string[], planJson: string, agendaText: string,
): Promise<void> {
  await fs.mkdir(layout.directory);
  for (let i = 0; i < layout.files.length; i += 1) {
    const file = layout.files[i];
    const content = contents[i];
    if (file === undefined || content === undefined || file.status === "unchanged") continue;
    await fs.writeFile(join(layout.directory, file.name), content);
  }
  await fs.writeFile(join(layout.directory, PLAN_FILE), planJson);
  await fs.writeFile(join(layout.directory, AGENDA_FILE), agendaText);
  for (const name of layout.stale) await fs.remove(join(layout.directory, name));
}
