import fs from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const AXE_PATH = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core (WCAG 2 A and AA rules unless other tags are given) on what the page shows now; returns the violations. */
export async function findAccessibilityViolations(page: Page, tags: readonly string[] = ["wcag2a", "wcag2aa"]): Promise<AxeViolation[]> {
  // Evaluated through the debugging protocol: the app's CSP (rightly) refuses an injected inline script.
  await page.evaluate(fs.readFileSync(AXE_PATH, "utf8"));
  return page.evaluate(async (values) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values } });
    return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.map((node) => node.target.join(" ")) }));
  }, [...tags]);
}
