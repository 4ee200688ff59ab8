import { z } from "zod";
import { LIMITS } from "../limits.js";
import { HrefSchema, MeetingNumberSchema, UtcDateTimeSchema } from "./meeting.js";
import { isWellFormedText, optionalSingleLineText, singleLineText, UNPAIRED_SURROGATE_MESSAGE } from "./plain-text.js";

const text = singleLineText;
const optionalText = optionalSingleLineText;
/** Pasted or imported text: any length up to `max`, line breaks welcome, but well-formed. */
const pastedText = (max: number) =>
  z.string().max(max, `must be at most ${max} characters`).refine(isWellFormedText, UNPAIRED_SURROGATE_MESSAGE);

/** Lets a list be sent as plain strings too ("Introduction"), the way people write them. */
const titleOrObject = (value: unknown) => (typeof value === "string" ? { title: value } : value);
const nameOrObject = (value: unknown) => (typeof value === "string" ? { name: value } : value);

export const AgendaItemObjectSchema = z.object({
  title: text(LIMITS.maxTitleChars),
  href: HrefSchema.optional(),
  children: z
    .array(z.preprocess(titleOrObject, z.object({ title: text(LIMITS.maxTitleChars), href: HrefSchema.optional() })))
    .max(LIMITS.maxAgendaSubItems)
    .optional(),
});
export const AgendaItemInputSchema = z.preprocess(titleOrObject, AgendaItemObjectSchema);

export const ParticipantObjectSchema = z.object({
  name: text(LIMITS.maxNameChars),
  affiliation: optionalText(LIMITS.maxNameChars),
  role: optionalText(LIMITS.maxNameChars),
});
export const ParticipantInputSchema = z.preprocess(nameOrObject, ParticipantObjectSchema);

/** Body of POST /api/meetings; ids are assigned by the server. */
export const CreateMeetingRequestSchema = z.object({
  series: text(LIMITS.maxTitleChars),
  title: text(LIMITS.maxTitleChars),
  number: MeetingNumberSchema.optional(),
  startsAt: UtcDateTimeSchema,
  hosts: z.array(text(LIMITS.maxNameChars)).max(LIMITS.maxHostsOrModerators).optional(),
  moderators: z.array(text(LIMITS.maxNameChars)).max(LIMITS.maxHostsOrModerators).optional(),
  agenda: z.array(AgendaItemInputSchema).max(LIMITS.maxAgendaItems).optional(),
  participants: z.array(ParticipantInputSchema).max(LIMITS.maxParticipants).optional(),
  templateId: z.string().trim().min(1).max(100).optional(),
  /** A pasted agenda, parsed by the server in place of `agenda`. */
  agendaText: pastedText(LIMITS.maxAgendaTextChars).optional(),
  /** A pasted participant list, parsed by the server in place of `participants`. */
  participantsText: pastedText(LIMITS.maxParticipantsTextChars).optional(),
});

export type AgendaItemInput = z.infer<typeof AgendaItemObjectSchema>;
export type ParticipantInput = z.infer<typeof ParticipantObjectSchema>;
export type CreateMeetingRequest = z.infer<typeof CreateMeetingRequestSchema>;

/** Body of POST /api/meetings/import: the text of an existing summary, and optional corrections. */
export const ImportSummaryRequestSchema = z.object({
  text: pastedText(LIMITS.maxImportTextChars).refine((value) => value.trim().length > 0, "must not be empty"),
  templateId: z.string().trim().min(1).max(100).optional(),
  series: text(LIMITS.maxTitleChars).optional(),
  title: text(LIMITS.maxTitleChars).optional(),
  startsAt: UtcDateTimeSchema.optional(),
});
export type ImportSummaryRequest = z.infer<typeof ImportSummaryRequestSchema>;
