import type { ApprovalStatement } from "./approval-statement.js";

/**
 * The report as neutral blocks, read once from the ProseMirror JSON so the PDF, Word and
 * Markdown renderers print the same content and only differ in typography: where sections,
 * tables, annexes and the approval go, and how dates read, is decided here and nowhere else.
 */
export interface ExportInline {
  /** "\n" stands for a hard line break. */
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  /** Only absolute http(s)/mailto targets: anything else cannot be followed from a file. */
  href?: string;
}

export type ExportAlign = "left" | "center" | "right";

export interface ExportTable {
  kind: "table";
  purpose: "actions" | "participants";
  header: string[];
  rows: string[][];
}

export type ExportBlock =
  | { kind: "heading"; level: 1 | 2 | 3 | 4; inlines: ExportInline[]; align: ExportAlign; titleBlock: boolean; timeMarker: string | null }
  | { kind: "paragraph"; inlines: ExportInline[]; align: ExportAlign; titleBlock: boolean; number: number | null }
  | { kind: "list"; ordered: boolean; start: number; items: ExportBlock[][] }
  | { kind: "quote"; blocks: ExportBlock[] }
  | { kind: "rule" }
  | { kind: "action"; inlines: ExportInline[]; details: string | null; done: boolean }
  | { kind: "decision"; inlines: ExportInline[] }
  | { kind: "caption"; text: string }
  | { kind: "approval"; statement: ApprovalStatement }
  | ExportTable;
