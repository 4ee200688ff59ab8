import { z } from "zod";

/** Placeholders a template may use; anything else in braces is refused when it is saved. */
export const PLACEHOLDERS = [
  "series",
  "title",
  "number",
  "ordinal",
  "ordinalWord",
  "date",
  "time",
  "weekday",
  "hosts",
  "moderators",
  "hostsAndModerators",
  "hostingSentence",
  "participantsSentence",
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const PLACEHOLDER_PATTERN = /\{([^{}]*)\}/g;

/** Names in braces that are not known placeholders. */
export function findUnknownPlaceholders(text: string): string[] {
  const known = new Set<string>(PLACEHOLDERS);
  return [...text.matchAll(PLACEHOLDER_PATTERN)]
    .map((match) => match[1] ?? "")
    .filter((name) => !known.has(name));
}

const templateText = (max: number) =>
  z
    .string()
    .max(max)
    .superRefine((value, ctx) => {
      const unknown = findUnknownPlaceholders(value);
      if (unknown.length > 0) {
        ctx.addIssue({
          code: "custom",
          message: `unknown placeholder ${unknown.map((name) => `{${name}}`).join(", ")}; known: ${PLACEHOLDERS.map((p) => `{${p}}`).join(" ")}`,
        });
      }
    });

export const SectionKindSchema = z.enum([
  "agenda",
  "discussion",
  "followUp",
  "nextSteps",
  "nextMeeting",
  "agendaAnnex",
  "participantsAnnex",
]);
export type SectionKind = z.infer<typeof SectionKindSchema>;

export const HeadingNumberingSchema = z.enum(["decimal", "decimal-paren", "upper-alpha", "upper-roman", "none"]);
export type HeadingNumbering = z.infer<typeof HeadingNumberingSchema>;

/** How sub-item headings are labelled under their item: "a.", "a)", "1.1" or not at all. */
export const SubItemNumberingSchema = z.enum(["lower-alpha", "lower-alpha-paren", "decimal-nested", "none"]);
export type SubItemNumbering = z.infer<typeof SubItemNumberingSchema>;

/** How a speaker is named in the text: "Carlos", "Carlos Alberto Afonso", "Dr. Afonso". */
export const SpeakerNameSchema = z.enum(["first", "full", "titleSurname"]);
export type SpeakerName = z.infer<typeof SpeakerNameSchema>;

export const TemplateSectionSchema = z.object({
  kind: SectionKindSchema,
  title: templateText(200),
});

/** A report template as data: what the first draft of a meeting looks like. */
export const ReportTemplateBodySchema = z.object({
  name: z.string().trim().min(1).max(120),
  description: z.string().max(500).default(""),
  /** Centred lines at the top; the last is usually "Summary Report". */
  titleLines: z.array(templateText(300)).min(1).max(8),
  /** Paragraphs before the first section, with placeholders. */
  opening: z.array(templateText(2000)).max(10),
  sections: z.array(TemplateSectionSchema).min(1).max(12),
  /** How agenda item headings are numbered in the discussion. */
  headingNumbering: HeadingNumberingSchema,
  /** How sub-item headings are labelled (the reports letter them a., b., …). */
  subItemNumbering: SubItemNumberingSchema.default("lower-alpha"),
  /** How "Carlos: " shorthand and mentions name a speaker in the text. */
  speakerName: SpeakerNameSchema.default("first"),
  /** Number the discussion's paragraphs 1., 2., … in exports (formal UN style). */
  numberParagraphs: z.boolean(),
});

export const ReportTemplateSchema = ReportTemplateBodySchema.extend({
  id: z.string().min(1).max(100),
  builtIn: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type ReportTemplateBody = z.infer<typeof ReportTemplateBodySchema>;
export type ReportTemplate = z.infer<typeof ReportTemplateSchema>;
