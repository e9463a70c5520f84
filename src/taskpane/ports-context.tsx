// Hands the ports to every screen without threading them through props.
import { createContext, useContext, type ReactNode } from "react";
import type { TaskpanePorts } from "./ports";

const PortsContext = createContext<TaskpanePorts | null>(null);

export function PortsProvider({ ports, children }: { ports: TaskpanePorts; children: ReactNode }) {
  return <PortsContext.Provider value={ports}>{children}</PortsContext.Provider>;
}

export function usePorts(): TaskpanePorts {
  const ports = useContext(PortsContext);
  if (ports === null) throw new Error("usePorts outside PortsProvider");
  return ports;
}
