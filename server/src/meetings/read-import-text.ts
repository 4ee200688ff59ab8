import { importSummary, LIMITS, type ImportedSummary } from "@rapporteur/shared";
import { HttpError } from "../errors.js";

/**
 * A past summary's text, read; refused (413 `import_too_large`) past `maxImportBlocks`, which a
 * real report never reaches and a list of ~130,000 items would need to overflow the stack.
 */
export function readImportText(text: string, startsAt?: string): ImportedSummary {
  const imported = importSummary(text, startsAt);
  const blocks = imported.preamble.length + imported.sections.reduce((sum, section) => sum + 1 + section.blocks.length, 0);
  if (blocks > LIMITS.maxImportBlocks) {
    throw new HttpError(413, "import_too_large", `the summary has ${blocks} paragraphs, list items and headings; an import may have at most ${LIMITS.maxImportBlocks}`);
  }
  return imported;
}
