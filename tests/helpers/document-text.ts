import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";

/**
 * The text of a PDF in drawing order (pdftotext -raw keeps a hyphen at a line end, which the
 * default mode would take for a word break); `running` lines (headers, footers) and lone list
 * markers are left out.
 */
export function pdfText(pdf: Buffer, running: { series?: string; title?: string } = {}): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "rapporteur-pdf-")), "export.pdf");
  fs.writeFileSync(file, pdf);
  const text = execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", file, "-"], { encoding: "utf8" });
  // List markers are drawn after their item's first line; alone on a line they carry no text.
  const isRunning = (line: string) =>
    /^((\d{1,3}|[a-z]|[ivx]{1,4})[.)]|[•◦▪])$/.test(line) ||
    /^Page \d+ of \d+$/.test(line) || (!!running.series && line === "DRAFT: not approved") || line === running.series || (!!running.title && line.includes(`${running.title} · `));
  return text.split("\n").filter((line) => !isRunning(line.trim())).join("\n");
}

/** PDF metadata and outline as pdfinfo reports them. */
export function pdfInfo(pdf: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "rapporteur-pdf-")), "export.pdf");
  fs.writeFileSync(file, pdf);
  return execFileSync("pdfinfo", [file], { encoding: "utf8" });
}

/** The text of a .docx: every w:t of the body, headers and footers, paragraphs on their own lines. */
export async function docxText(docx: Buffer): Promise<{ body: string; header: string }> {
  const files = unzipSync(new Uint8Array(docx));
  const read = async (name: string) => {
    const xml = files[name] ? strFromU8(files[name]) : "";
    return xml
      .replace(/<w:tab\/>/g, "\t")
      .replace(/<\/w:p>/g, "\n")
      .replace(/<[^>]+>/g, "")
      .replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'");
  };
  const headers = Object.keys(files).filter((name) => /^word\/header\d*\.xml$/.test(name));
  return { body: await read("word/document.xml"), header: (await Promise.all(headers.map(read))).join("\n") };
}

/** Folds every run of white space (line wraps, hyphen-free) into one space, for comparing text. */
export function foldSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
