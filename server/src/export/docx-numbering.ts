import { AlignmentType, LevelFormat, type ILevelsOptions, type INumberingOptions } from "docx";

const ORDERED_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN] as const;
const BULLETS = ["•", "◦", "▪"] as const;
const STEP = 360;

export const PARAGRAPH_NUMBERING = "numbered-paragraphs";

export interface DocxNumbering {
  /** The list definition for an ordered list starting at `start`, or the bullet list. */
  referenceFor(ordered: boolean, start: number): string;
  /** Each list in the report is its own instance, so an ordered list starts again at its start. */
  nextInstance(): number;
  toOptions(): INumberingOptions;
}

function createLevels(ordered: boolean, start: number): ILevelsOptions[] {
  return Array.from({ length: 9 }, (_unused, level) => ({
    level,
    format: ordered ? ORDERED_FORMATS[level % 3] : LevelFormat.BULLET,
    text: ordered ? `%${level + 1}.` : BULLETS[level % 3],
    start: level === 0 ? start : 1,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: STEP * 2 * (level + 1), hanging: STEP } } },
  }));
}

/** Numbered paragraphs hang their number in a 1 cm column, as in formal UN reports. */
const paragraphLevels: ILevelsOptions[] = [
  { level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 567 } } } },
];

/** Word numbering definitions, made as the renderer meets lists: one per list kind and start number. */
export function createDocxNumbering(): DocxNumbering {
  const configs = new Map<string, ILevelsOptions[]>([[PARAGRAPH_NUMBERING, paragraphLevels]]);
  let instance = 0;
  return {
    referenceFor(ordered, start) {
      const reference = ordered ? `ordered-from-${start}` : "bullets";
      if (!configs.has(reference)) configs.set(reference, createLevels(ordered, start));
      return reference;
    },
    nextInstance: () => ++instance,
    toOptions: () => ({ config: [...configs].map(([reference, levels]) => ({ reference, levels })) }),
  };
}
