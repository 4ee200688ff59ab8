import { z } from "zod";
import { LIMITS } from "../limits.js";
import { ParticipantInputSchema } from "./create-meeting-request.js";
import { UtcDateTimeSchema } from "./meeting.js";
import { singleLineText } from "./plain-text.js";

/** A working group's meetings: its house template, how it numbers meetings, who usually comes. */
export const SeriesSchema = z.object({
  name: singleLineText(LIMITS.maxTitleChars),
  defaultTemplateId: z.string().min(1).max(100),
  numberStyle: z.enum(["arabic", "roman"]),
  usualParticipants: z.array(ParticipantInputSchema).max(LIMITS.maxParticipants),
  /** Approved reports appear on the public archive `/p/<series-slug>/`; off until the owner opts in. */
  publish: z.boolean().default(false),
  updatedAt: z.string(),
});
export type Series = z.infer<typeof SeriesSchema>;

export const UpdateSeriesRequestSchema = SeriesSchema.omit({ updatedAt: true })
  .partial({ defaultTemplateId: true, numberStyle: true, usualParticipants: true })
  // Explicitly optional without a default: leaving it out keeps the series' current setting.
  .extend({ publish: z.boolean().optional() });
export type UpdateSeriesRequest = z.infer<typeof UpdateSeriesRequestSchema>;

/** Body of POST /api/meetings/:id/next; everything defaults from the previous meeting. */
export const ScheduleNextMeetingRequestSchema = z.object({
  startsAt: UtcDateTimeSchema.optional(),
  title: singleLineText(LIMITS.maxTitleChars).optional(),
  agenda: z
    .array(
      z.object({
        title: singleLineText(LIMITS.maxTitleChars),
        children: z.array(z.object({ title: singleLineText(LIMITS.maxTitleChars) })).max(LIMITS.maxAgendaSubItems).optional(),
      }),
    )
    .max(LIMITS.maxAgendaItems)
    .optional(),
});
export type ScheduleNextMeetingRequest = z.infer<typeof ScheduleNextMeetingRequestSchema>;

/** Series are keyed by name, compared without case or extra spaces. */
export function seriesKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}
