import { z } from "zod";
import { LIMITS } from "../limits.js";
import { MeetingStatusSchema } from "../review/review-status.js";
import { isSafeHref } from "../document/safe-href.js";
import { optionalSingleLineText, singleLineText } from "./plain-text.js";

/** Server-generated ids: 22 url-safe characters (128 random bits). */
export const ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;
export const IdSchema = z.string().regex(ID_PATTERN, "must be a 22-character id");

const text = singleLineText;
const optionalText = optionalSingleLineText;

/** The group's own way of writing its meeting number: 51 or "XXIV". */
export const MeetingNumberSchema = z.union([z.number().int().positive().max(1_000_000), singleLineText(40)]);

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
    const time = withZone && isCalendarDate(match) ? Date.parse(withZone.replace(" ", "T")) : Number.NaN;
    if (Number.isNaN(time)) {
      ctx.addIssue({ code: "custom", message: "must be an ISO 8601 date and time, e.g. 2023-02-16T14:00:00Z" });
      return z.NEVER;
    }
    return new Date(time).toISOString();
  });

/**
 * A day that exists and a time on the clock: `Date.parse` would read 2023-02-30 as 2 March and
 * 24:30 as the next day, silently moving a meeting.
 */
function isCalendarDate(match: RegExpExecArray): boolean {
  const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1, 7).map((part) => (part === undefined ? undefined : Number(part)));
  if (year === undefined || month === undefined || day === undefined) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour <= 23 && minute <= 59 && second <= 59;
}

/** A link on an agenda item (the document it discusses): http, https or mailto only. */
export const HrefSchema = z.string().trim().max(2000).refine(isSafeHref, "must be an http, https or mailto link");

const agendaEntries = (agenda: Array<{ children?: unknown[] }>) => agenda.reduce((sum, item) => sum + 1 + (item.children?.length ?? 0), 0);
const AGENDA_ENTRIES_MESSAGE = `must have at most ${LIMITS.maxAgendaEntries} items and sub-items in all`;

export const AgendaSubItemSchema = z.object({
  id: IdSchema,
  title: text(LIMITS.maxTitleChars),
  href: HrefSchema.optional(),
});

export const AgendaItemSchema = z.object({
  id: IdSchema,
  title: text(LIMITS.maxTitleChars),
  href: HrefSchema.optional(),
  children: z.array(AgendaSubItemSchema).max(LIMITS.maxAgendaSubItems).default([]),
});

export const ParticipantSchema = z.object({
  id: IdSchema,
  name: text(LIMITS.maxNameChars),
  affiliation: optionalText(LIMITS.maxNameChars),
  role: optionalText(LIMITS.maxNameChars),
});

/**
 * A meeting as the server builds it, within every limit: checked before it is stored, whichever
 * way it came in (form, pasted agenda, import, next meeting, corrected details).
 */
export const NewMeetingSchema = z.object({
  id: IdSchema,
  series: text(LIMITS.maxTitleChars),
  title: text(LIMITS.maxTitleChars),
  number: MeetingNumberSchema.optional(),
  startsAt: z.string(),
  hosts: z.array(text(LIMITS.maxNameChars)).max(LIMITS.maxHostsOrModerators),
  moderators: z.array(text(LIMITS.maxNameChars)).max(LIMITS.maxHostsOrModerators),
  agenda: z
    .array(AgendaItemSchema)
    .max(LIMITS.maxAgendaItems)
    .refine((agenda) => agendaEntries(agenda) <= LIMITS.maxAgendaEntries, AGENDA_ENTRIES_MESSAGE),
  participants: z.array(ParticipantSchema).max(LIMITS.maxParticipants),
  templateId: z.string(),
  createdAt: z.string(),
  status: MeetingStatusSchema.default("drafting"),
});

/**
 * A meeting as stored and served: the shape only, no limits. A meeting stored before a limit
 * tightened (or by a bug) is still listed, opened and exported; the server logs it
 * (`NewMeetingSchema` tells what it breaks) instead of failing every read.
 */
export const MeetingSchema = z.object({
  id: z.string(),
  series: z.string(),
  title: z.string(),
  number: z.union([z.number(), z.string()]).optional(),
  startsAt: z.string(),
  hosts: z.array(z.string()),
  moderators: z.array(z.string()),
  agenda: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      href: HrefSchema.optional().catch(undefined),
      children: z.array(z.object({ id: z.string(), title: z.string(), href: HrefSchema.optional().catch(undefined) })).default([]),
    }),
  ),
  participants: z.array(z.object({ id: z.string(), name: z.string(), affiliation: z.string().optional(), role: z.string().optional() })),
  templateId: z.string(),
  createdAt: z.string(),
  status: MeetingStatusSchema.default("drafting"),
});

export type AgendaSubItem = z.infer<typeof AgendaSubItemSchema>;
export type AgendaItem = z.infer<typeof AgendaItemSchema>;
export type Participant = z.infer<typeof ParticipantSchema>;
export type Meeting = z.infer<typeof MeetingSchema>;
export type MeetingNumber = z.infer<typeof MeetingNumberSchema>;
