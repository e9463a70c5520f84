/** @jest-environment jsdom */
import { renderStatus } from "../../src/commands/status-page";

describe("the status window's page", () => {
  it("shows the title, the line and the details as text, never as HTML", () => {
    const root = document.createElement("div");
    renderStatus(root, {
      kind: "error", title: "Actualisation impossible",
      text: "La feuille « <img src=x onerror=alert(1)> » est protégée", details: ["<b>détail</b>"], close: "Fermer",
    }, () => undefined);
    expect(root.querySelector("img")).toBeNull();
    expect(root.querySelector("b")).toBeNull();
    expect(root.textContent).toContain("La feuille « <img src=x onerror=alert(1)> » est protégée");
    expect(root.getAttribute("role")).toBe("alert");
  });

  it("offers a close button once done, which tells the command", () => {
    const root = document.createElement("div");
    let closed = 0;
    renderStatus(root, { kind: "progress", title: "Actualisation", text: "Lecture…", details: [], close: "Fermer" }, () => closed++);
    expect(root.querySelector("button")).toBeNull();
    renderStatus(root, { kind: "done", title: "Tableau de bord actualisé", text: "…", details: [], close: "Fermer" }, () => closed++);
    const button = root.querySelector("button");
    expect(button?.textContent).toBe("Fermer");
    button?.click();
    expect(closed).toBe(1);
    expect(root.querySelectorAll("h1")).toHaveLength(1);
  });
});
