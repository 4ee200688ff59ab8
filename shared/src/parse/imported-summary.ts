import { z } from "zod";
import { AgendaItemInputSchema, ParticipantInputSchema } from "../meeting/create-meeting-request.js";
import { MeetingNumberSchema } from "../meeting/meeting.js";
import { InlineRunSchema } from "./inline-run.js";
import { ParseWarningSchema } from "./parse-warning.js";

export const ImportedBlockSchema = z.object({
  kind: z.enum(["paragraph", "item"]),
  text: z.string(),
  /** For list items: numbered ("1)") rather than bulleted. */
  ordered: z.boolean().optional(),
  /** The text with its emphasis and links, when a Markdown report formatted it. */
  runs: z.array(InlineRunSchema).optional(),
});
export type ImportedBlock = z.infer<typeof ImportedBlockSchema>;

export const ImportedSectionSchema = z.object({
  title: z.string(),
  /** The heading's own number or letter as written ("1.", "A.", "2)"). */
  label: z.string().optional(),
  /** 2 for a top-level section, 3 under a "Discussion" heading or a sub-section, 4 below that. */
  level: z.number().int().min(2).max(4),
  /** Index into `agenda` when the section discusses an agenda item. */
  agendaIndex: z.number().int().nonnegative().optional(),
  /** Index into the item's sub-items when the section discusses one of them. */
  agendaChildIndex: z.number().int().nonnegative().optional(),
  blocks: z.array(ImportedBlockSchema),
});
export type ImportedSection = z.infer<typeof ImportedSectionSchema>;

/** What an existing summary says, read from its text. */
export const ImportedSummarySchema = z.object({
  series: z.string().optional(),
  title: z.string().optional(),
  number: MeetingNumberSchema.optional(),
  startsAt: z.string().optional(),
  hosts: z.array(z.string()),
  moderators: z.array(z.string()),
  agenda: z.array(AgendaItemInputSchema),
  /** Where the agenda stood: in the body (before the discussion) or as an annex. */
  agendaPlacement: z.enum(["body", "annex", "none"]),
  agendaTitle: z.string().optional(),
  participants: z.array(ParticipantInputSchema),
  participantsTitle: z.string().optional(),
  /** Paragraphs before the first section: the opening. */
  preamble: z.array(ImportedBlockSchema),
  /** The discussion sat under a "Discussion" heading. */
  discussionTitle: z.string().optional(),
  sections: z.array(ImportedSectionSchema),
  numberedParagraphs: z.boolean(),
  suggestedTemplateId: z.enum(["discussion-per-item", "priorities-annexes", "numbered-paragraphs"]),
  warnings: z.array(ParseWarningSchema),
});
export type ImportedSummary = z.infer<typeof ImportedSummarySchema>;
