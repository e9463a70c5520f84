// Builds the demo with webpack.demo.config.js in a child process (its own memory, nothing left loaded in the
// caller): for `npm run demo -- --serve`, the browser tests and the screenshots.
import { execFile } from "node:child_process";
import { join } from "node:path";

export const REPO_ROOT = join(__dirname, "..");

export interface DemoBuild {
  out: string;
  ms: number;
}

export function buildDemo(out: string, mode: "production" | "development" = "production"): Promise<DemoBuild> {
  const started = Date.now();
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [REPO_ROOT] });
  const args = [cli, "--config", join(REPO_ROOT, "webpack.demo.config.js"), "--env", `out=${out}`, "--mode", mode];
  return new Promise((done, fail) => {
    execFile(process.execPath, args, { cwd: REPO_ROOT, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) {
        fail(new Error(`La construction de la démonstration a échoué / The demo build failed:\n${stdout}\n${stderr}`));
        return;
      }
      done({ out, ms: Date.now() - started });
    });
  });
}
