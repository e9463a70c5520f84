// `npm run demo -- --serve`: builds the demo (the sample workbook in the browser beside the real taskpane)
// and serves it on http://localhost:3100 until Ctrl+C. `--port N` for another port.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildDemo } from "../demo/build";
import { startDemoServer } from "../demo/server";

function portOf(args: string[]): number {
  const at = args.indexOf("--port");
  const value = at >= 0 ? Number(args[at + 1]) : 3100;
  return Number.isInteger(value) && value > 0 && value < 65536 ? value : 3100;
}

export async function serveDemo(args: string[] = process.argv.slice(2)): Promise<number> {
  const out = await mkdtemp(join(tmpdir(), "encours-demo-"));
  process.stdout.write("Construction de la démonstration… / Building the demo…\n");
  await buildDemo(out);
  const port = portOf(args);
  const server = await startDemoServer({ root: out, port, graphLatencyMs: 150 });
  process.stdout.write(`Démonstration Encours : http://localhost:${port}/ (Ctrl+C pour arrêter) / Encours demo: http://localhost:${port}/ (Ctrl+C to stop)\n`);
  await new Promise<void>((stop) => {
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await server.close();
  await rm(out, { recursive: true, force: true });
  return 0;
}

if (require.main === module) {
  serveDemo().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
