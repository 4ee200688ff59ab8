import { z } from "zod";
import { TranscriptSchema, TranscriptSettingsSchema, type Transcript, type TranscriptSettings } from "@rapporteur/shared";
import { requestJson } from "../api/request-json";

const UploadedSchema = z.object({ format: z.string(), segments: z.number() });
const CaptionerSchema = z.object({ token: z.string(), endpoint: z.string() });
const Empty = z.unknown();

/** The meeting's transcript endpoints (`/api/meetings/:id/transcript`). */
export const transcriptApi = {
  read: async (meetingId: string, after = 0): Promise<Transcript> =>
    (await requestJson(`/api/meetings/${meetingId}/transcript${after > 0 ? `?after=${after}` : ""}`, z.object({ transcript: TranscriptSchema }), { meetingId })).transcript,
  upload: (meetingId: string, text: string, fileName: string) =>
    requestJson(`/api/meetings/${meetingId}/transcript`, UploadedSchema, { meetingId, method: "POST", body: { text, fileName } }),
  saveSettings: async (meetingId: string, settings: TranscriptSettings): Promise<TranscriptSettings> =>
    (await requestJson(`/api/meetings/${meetingId}/transcript/settings`, z.object({ settings: TranscriptSettingsSchema }), { meetingId, method: "PUT", body: settings })).settings,
  remove: (meetingId: string) => requestJson(`/api/meetings/${meetingId}/transcript`, Empty, { meetingId, method: "DELETE" }),
  issueCaptioner: (meetingId: string) => requestJson(`/api/meetings/${meetingId}/transcript/captioner`, CaptionerSchema, { meetingId, method: "POST" }),
  revokeCaptioner: (meetingId: string) => requestJson(`/api/meetings/${meetingId}/transcript/captioner`, Empty, { meetingId, method: "DELETE" }),
};
