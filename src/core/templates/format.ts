// Figures as the drafts and messages show them: "1 234,56 €" / "€1,234.56", "31/10/2026" / "31 Oct 2026".
import { partsOf, toDayNumber, type IsoDay } from "../days/day";
import type { Cents } from "../money/cents";
import { formatAmount } from "../money/format";
import type { Language } from "../reminders/language";

const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** fr "31/10/2026", en "31 Oct 2026". */
export function formatDay(day: IsoDay, language: Language): string {
  const { year, month, day: d } = partsOf(toDayNumber(day));
  if (language === "fr") return `${String(d).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
  return `${d} ${EN_MONTHS[month - 1] ?? ""} ${year}`;
}

/** fr "1 234,56 €", en "€1,234.56" (src/core/money/format). */
export function formatMoney(cents: Cents, currency: string, language: Language): string {
  return formatAmount(cents, currency, language);
}

/** Several currencies are never added: "1 234,56 € + 200,00 USD". An empty list reads as 0 in `fallbackCurrency`. */
export function formatMoneyList(amounts: readonly { currency: string; cents: Cents }[], language: Language, fallbackCurrency = "EUR"): string {
  if (amounts.length === 0) return formatAmount(0, fallbackCurrency, language);
  return amounts.map((a) => formatAmount(a.cents, a.currency, language)).join(" + ");
}

/** A rate in basis points: fr "12,15 %", en "12.15%". */
export function formatRate(basisPoints: number, language: Language): string {
  const whole = Math.trunc(basisPoints / 100);
  const fraction = String(Math.abs(basisPoints % 100)).padStart(2, "0");
  return language === "fr" ? `${whole},${fraction}\u00A0%` : `${whole}.${fraction}%`;
}

/** "45 jours" / "45 days", "1 jour" / "1 day". */
export function formatDays(days: number, language: Language): string {
  if (language === "fr") return `${days}\u00A0jour${Math.abs(days) > 1 ? "s" : ""}`;
  return `${days}\u00A0day${Math.abs(days) === 1 ? "" : "s"}`;
}
