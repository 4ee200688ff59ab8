import { SpeakerNameSchema, type SpeakerName } from "./report-template.js";

/** Key in the Y.Doc's `session` map holding the template's speaker style, seeded with the meeting. */
export const SPEAKER_NAME_KEY = "speakerName";

/** The speaker style a document was seeded with; the default for documents older than the setting. */
export function readSpeakerName(value: unknown): SpeakerName {
  const parsed = SpeakerNameSchema.safeParse(value);
  return parsed.success ? parsed.data : "first";
}

const TITLES = /^(mr|mrs|ms|miss|dr|prof|professor|h\.?\s?e|amb|ambassador|sir|dame|hon)\.?$/i;

/**
 * How the report names a speaker: by first name ("Carlos suggested …", the default), in full,
 * or by title and surname ("Dr. Afonso"). A name without a title is written in full for that
 * last style, since a title cannot be guessed.
 */
export function speakerLabel(name: string, style: SpeakerName = "first"): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const title = words.length > 1 && TITLES.test(words[0] ?? "") ? words[0] : undefined;
  const rest = title ? words.slice(1) : words;
  switch (style) {
    case "full":
      return words.join(" ");
    case "first":
      return rest[0] ?? words.join(" ");
    case "titleSurname":
      return title && rest.length > 0 ? `${title} ${rest[rest.length - 1]}` : words.join(" ");
  }
}
