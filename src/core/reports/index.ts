// Report sheets as sheet plans: Balance âgée, Tableau de bord, Historique (design.md §6, §7; issue 5).
export * from "./balance";
export * from "./build";
export * from "./dashboard";
export * from "./formats";
export * from "./history-sheet";
export { problemsText } from "./labels";
