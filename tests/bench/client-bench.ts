import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createLogger, loadConfig, startServer } from "@rapporteur/server";
import { launchChromium } from "../helpers/chromium.js";
import { heading, median, ms, report } from "./bench-report.js";
import { meetingPageInitialScripts } from "./client-bundle.js";

const INITIAL_JS_BUDGET = 250_000;
const EDITABLE_BUDGET_MS = 1_000;
const RUNS = 5;
const DIST = new URL("../../client/dist/", import.meta.url);
const SYNCED_TEXT = "Activities of the WG Strategy for 2023";
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** Builds the client when there is no build with a manifest yet (a fresh clone). */
function ensureClientBuild(): void {
  if (fs.existsSync(new URL(".vite/manifest.json", DIST))) return;
  const result = spawnSync("npm", ["run", "build", "-w", "client"], { cwd: new URL("../../", import.meta.url), stdio: "inherit" });
  if (result.status !== 0) throw new Error("npm run build -w client failed");
}

/**
 * The client's figures against its budgets: the JavaScript the meeting page loads before it can
 * render (entry and its static imports, gzipped), and the time from navigation start to an
 * editable editor showing the synced report, in headless Chromium on loopback.
 */
export async function benchClient(): Promise<void> {
  heading("Client (budgets: meeting page's initial JS ≤ 250 kB gzipped; navigation to an editable editor ≤ 1 s, median of 5)");
  ensureClientBuild();
  const scripts = meetingPageInitialScripts(DIST);
  const total = scripts.reduce((sum, script) => sum + script.gzipBytes, 0);
  report("meeting page initial JS (gzipped)", `${kB(total)} in ${scripts.length} files (budget ${kB(INITIAL_JS_BUDGET)}: ${total <= INITIAL_JS_BUDGET ? "met" : "MISSED"})`);
  for (const script of scripts.slice(0, 4)) report(`  ${script.file}`, kB(script.gzipBytes));

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rapporteur-bench-client-"));
  const server = await startServer(loadConfig({ PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "error" }), createLogger("error"));
  const browser = await launchChromium();
  try {
    const link = await createMeeting(server.url);
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) times.push(await timeToEditable(browser, link));
    const middle = median(times);
    report("navigation → editable editor, fresh profile", `median ${ms(middle)} ms of ${times.map(ms).join(", ")} (budget ${EDITABLE_BUDGET_MS} ms: ${middle <= EDITABLE_BUDGET_MS ? "met" : "MISSED"})`);
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function createMeeting(url: string): Promise<string> {
  const body = {
    series: "Bench", title: "Client start-up", startsAt: "2023-02-16T14:00:00Z",
    agenda: [{ title: "Welcome" }, { title: SYNCED_TEXT }, { title: "AoB" }], participants: [{ name: "Anja Gengo" }],
  };
  const response = await fetch(`${url}/api/meetings`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const created = (await response.json()) as { links: { noteTaker: string } };
  return created.links.noteTaker;
}

/** One note-taker opening the invitation link in a new profile (nothing cached), name already chosen. */
async function timeToEditable(browser: Awaited<ReturnType<typeof launchChromium>>, link: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: "block" });
  await context.addInitScript(() => localStorage.setItem("rapporteur.userName", "Bench"));
  const page = await context.newPage();
  try {
    await page.goto(link, { waitUntil: "commit" });
    const ready = await page.waitForFunction((text) => {
      const editor = document.querySelector(".ProseMirror");
      return editor?.getAttribute("contenteditable") === "true" && editor.textContent?.includes(text) ? performance.now() : false;
    }, SYNCED_TEXT, { polling: "raf", timeout: 30_000 });
    return (await ready.jsonValue()) as number;
  } finally {
    await context.close();
  }
}
