import { z } from "zod";
import { CreateMeetingRequestSchema } from "./create-meeting-request.js";

const fields = CreateMeetingRequestSchema.shape;

const DetailsSchema = z.object({
  series: fields.series.optional(),
  title: fields.title.optional(),
  number: fields.number,
  startsAt: fields.startsAt.optional(),
  hosts: fields.hosts,
  moderators: fields.moderators,
});
const DETAIL_KEYS = Object.keys(DetailsSchema.shape);

/**
 * Body of PATCH /api/meetings/:id: corrections to what was set at creation. The field schemas
 * are the create schema's own, so a value valid at creation is valid as a correction. Strict,
 * and an unknown key is named by its own path, so a 400 points at it like at any bad field.
 */
export const UpdateMeetingDetailsRequestSchema = z.preprocess(
  (value, ctx) => {
    if (value && typeof value === "object" && !Array.isArray(value)) {
      for (const key of Object.keys(value).filter((name) => !DETAIL_KEYS.includes(name))) {
        ctx.addIssue({ code: "custom", path: [key], message: "is not a meeting detail that can be changed", input: value });
      }
    }
    return value;
  },
  DetailsSchema.refine((body) => Object.values(body).some((value) => value !== undefined), {
    message: `name at least one of ${DETAIL_KEYS.join(", ")}`,
  }),
);
export type UpdateMeetingDetailsRequest = z.infer<typeof UpdateMeetingDetailsRequestSchema>;
