import type { Meeting } from "@rapporteur/shared";

/** The meeting the template previews are filled in with (seed 002's facts). */
export const SAMPLE_MEETING: Meeting = {
  id: "sample-meeting-000000000",
  series: "MAG Working Group on IGF Strengthening and Strategy",
  title: "Online Meeting 51",
  number: 51,
  startsAt: "2023-02-16T14:00:00.000Z",
  hosts: [],
  moderators: ["Titti Cassa"],
  agenda: [
    { id: "sample-item-1-0000000000", title: "Activities of the WG Strategy for 2023", children: [] },
    { id: "sample-item-2-0000000000", title: "Open Consultations and MAG Meeting", children: [] },
  ],
  participants: [],
  templateId: "sample",
  createdAt: "2023-02-01T00:00:00.000Z",
  status: "drafting",
};
