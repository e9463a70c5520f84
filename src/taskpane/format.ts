// Figures as the taskpane shows them, through the core's deterministic formatters.
import type { IsoDay } from "../core/days/day";
import { isIsoDay } from "../core/days/day";
import { formatDay, formatMoneyList, formatRate } from "../core/templates/format";
import type { UiLanguage } from "./i18n";
import type { MoneyAmount } from "./ports";

export function money(amounts: readonly MoneyAmount[], language: UiLanguage): string {
  return formatMoneyList(amounts, language);
}

export function day(value: IsoDay, language: UiLanguage): string {
  return isIsoDay(value) ? formatDay(value, language) : value;
}

export function rate(basisPoints: number | null, language: UiLanguage): string {
  return basisPoints === null ? "—" : formatRate(basisPoints, language);
}

/** Elapsed milliseconds as seconds with one decimal: fr "1,4", en "1.4". */
export function seconds(ms: number, language: UiLanguage): string {
  const tenths = Math.max(0, Math.round(ms / 100));
  const text = `${Math.floor(tenths / 10)}${language === "fr" ? "," : "."}${tenths % 10}`;
  return text;
}

/** Whole days, for DSO: "47". */
export function wholeDays(days: number | null): string {
  return days === null ? "—" : String(Math.round(days));
}
