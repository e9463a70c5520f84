// What the taskpane learns from Office before it shows anything: is this Excel, recent enough, in which
// language and theme. Pure functions over what Office.onReady and Office.context say (tested without Office).
import { languageOf, type UiLanguage } from "./i18n";

/**
 * The oldest Excel API Encours runs on: manifest.xml declares it (a test keeps the two equal); everything newer
 * (custom properties 1.12, outline 1.10, page layout and multi-area selection 1.9, secondary axes 1.8) is
 * feature-detected in src/excel and degrades gracefully.
 */
export const MIN_EXCEL_API = "1.7";

export type HostCheck =
  | { kind: "ready" }
  /** office.js did not load (offline, blocked): there is no Office object at all. */
  | { kind: "no-office" }
  /** Office.onReady did not answer in time. */
  | { kind: "timeout" }
  /** Word, Outlook, a plain browser tab… */
  | { kind: "unsupported-host"; host: string | null }
  /** Excel older than MIN_EXCEL_API. */
  | { kind: "old-excel" }
  /** The part of Encours that talks to Excel and Outlook could not be downloaded. */
  | { kind: "load-failed" };

export interface ReadyInfo {
  host: string | null;
}

export function checkHost(info: ReadyInfo, recentEnough: boolean): HostCheck {
  if (info.host !== "Excel") return { kind: "unsupported-host", host: info.host };
  if (!recentEnough) return { kind: "old-excel" };
  return { kind: "ready" };
}

/** Relative luminance of a "#rrggbb" colour (0 black … 1 white); null when unreadable. */
export function luminance(color: string | undefined | null): number | null {
  if (!color) return null;
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (!m) return null;
  const channel = (hex: string | undefined) => {
    const c = parseInt(hex ?? "0", 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(m[1]) + 0.7152 * channel(m[2]) + 0.0722 * channel(m[3]);
}

/** Office's theme is dark when its body background is dark (Office.context.officeTheme). */
export function isDarkTheme(theme: { bodyBackgroundColor?: string } | undefined | null): boolean {
  const l = luminance(theme?.bodyBackgroundColor);
  return l !== null && l < 0.4;
}

export interface Appearance {
  language: UiLanguage;
  dark: boolean;
}

/** Language and theme from Office.context (French and light when Office says nothing). */
export function appearanceOf(context: { displayLanguage?: string; officeTheme?: { bodyBackgroundColor?: string } } | undefined): Appearance {
  let language: UiLanguage = "fr";
  let dark = false;
  try {
    language = languageOf(context?.displayLanguage);
    dark = isDarkTheme(context?.officeTheme);
  } catch {
    // Some hosts throw on officeTheme: keep the defaults.
  }
  return { language, dark };
}
