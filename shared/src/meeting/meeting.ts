import { z } from "zod";
import { LIMITS } from "../limits.js";
import { MeetingStatusSchema } from "../review/review-status.js";
import { isSafeHref } from "../document/safe-href.js";

/** Server-generated ids: 22 url-safe characters (128 random bits). */
export const ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;
export const IdSchema = z.string().regex(ID_PATTERN, "must be a 22-character id");

const text = (max: number) => z.string().trim().min(1, "must not be empty").max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();

/** The group's own way of writing its meeting number: 51 or "XXIV". */
export const MeetingNumberSchema = z.union([
  z.number().int().positive().max(1_000_000),
  z.string().trim().min(1).max(40),
]);

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * ISO 8601 in, UTC ISO out, so every stored time is comparable. Minutes state times in UTC, so
 * a time without an offset is read as UTC, and a date alone as midnight UTC.
 */
export const UtcDateTimeSchema = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const match = ISO_DATE_TIME.exec(value);
    const withZone = match && (match[4] === undefined ? `${value.slice(0, 10)}T00:00:00Z` : match[7] ? value : `${value}Z`);
    const time = withZone ? Date.parse(withZone.replace(" ", "T")) : Number.NaN;
    if (Number.isNaN(time)) {
      ctx.addIssue({ code: "custom", message: "must be an ISO 8601 date and time, e.g. 2023-02-16T14:00:00Z" });
      return z.NEVER;
    }
    return new Date(time).toISOString();
  });

/** A link on an agenda item (the document it discusses): http, https or mailto only. */
export const HrefSchema = z.string().trim().max(2000).refine(isSafeHref, "must be an http, https or mailto link");

export const AgendaSubItemSchema = z.object({
  id: IdSchema,
  title: text(LIMITS.maxTitleChars),
  href: HrefSchema.optional(),
});

export const AgendaItemSchema = z.object({
  id: IdSchema,
  title: text(LIMITS.maxTitleChars),
  href: HrefSchema.optional(),
  children: z.array(AgendaSubItemSchema).max(LIMITS.maxAgendaItems).default([]),
});

export const ParticipantSchema = z.object({
  id: IdSchema,
  name: text(LIMITS.maxNameChars),
  affiliation: optionalText(LIMITS.maxNameChars),
  role: optionalText(LIMITS.maxNameChars),
});

export const MeetingSchema = z.object({
  id: IdSchema,
  series: text(LIMITS.maxTitleChars),
  title: text(LIMITS.maxTitleChars),
  number: MeetingNumberSchema.optional(),
  startsAt: z.string(),
  hosts: z.array(text(LIMITS.maxNameChars)).max(20),
  moderators: z.array(text(LIMITS.maxNameChars)).max(20),
  agenda: z.array(AgendaItemSchema).max(LIMITS.maxAgendaItems),
  participants: z.array(ParticipantSchema).max(LIMITS.maxParticipants),
  templateId: z.string(),
  createdAt: z.string(),
  status: MeetingStatusSchema.default("drafting"),
});

export type AgendaSubItem = z.infer<typeof AgendaSubItemSchema>;
export type AgendaItem = z.infer<typeof AgendaItemSchema>;
export type Participant = z.infer<typeof ParticipantSchema>;
export type Meeting = z.infer<typeof MeetingSchema>;
export type MeetingNumber = z.infer<typeof MeetingNumberSchema>;
