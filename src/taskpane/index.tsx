// Task pane entry point. The screens (Accueil, Problèmes de données, Relances, Agenda, Paramètres) come with
// the taskpane issue; until then the pane says what Encours does and that the ribbon button does the work.
import { createRoot } from "react-dom/client";

function Placeholder() {
  return (
    <main style={{ fontFamily: "Segoe UI, sans-serif", padding: 16 }}>
      <h1 style={{ fontSize: 20 }}>Encours</h1>
      <p>Balance âgée, tableau de bord et relances clients.</p>
      <p lang="en">Aged receivables, dashboard and payment reminders.</p>
    </main>
  );
}

Office.onReady(() => {
  const host = document.getElementById("root");
  if (host) createRoot(host).render(<Placeholder />);
});
