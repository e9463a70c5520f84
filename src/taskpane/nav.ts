// The taskpane's sections, in the order of the tabs.
export type TabId = "home" | "problems" | "reminders" | "agenda" | "settings";

export const TABS: readonly TabId[] = ["home", "problems", "reminders", "agenda", "settings"];
