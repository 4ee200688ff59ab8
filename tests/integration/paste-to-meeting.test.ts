import { describe, expect, it } from "vitest";
import { connectClient } from "../helpers/collab-client.js";
import { bodyText } from "../helpers/edit-body.js";
import { createMeetingViaApi, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { startTestServer } from "../helpers/test-server.js";
import { fixtureSlice, withSeeds } from "../helpers/fixture-files.js";

const post = (url: string, body: unknown) =>
  fetch(`${url}/api/meetings`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("meetings from pasted text", () => {
  it.each(
    withSeeds<[string, string[], number, string, string]>(
      [["sixth-meeting-pdf.txt", ["Introduction", "Update from the working groups: 1) Translation of the IGF outputs, 2) Multilingual sessions at IGF 2021)", "AOB"], 11, "Élise Martin", "3. AOB"]],
      [[
        "004_92043ab864467699.txt",
        [
          "Introduction",
          "Update from the working groups: 1) Possible implementations of MHLB, 2) Improvements to the IGF, 3) Strengthening of IGF outcomes)",
          "Response to the Options Paper document",
          "Series of online discussions on IGF strategy and strengthening in 2020",
          "AOB",
        ],
        26,
        "Wolfgang Kleinwächter",
        "3. Response to the Options Paper document",
      ]],
    ),
  )("PASTE1: agendaText and participantsText (from %s) become the agenda and the participants, with warnings returned", async (file, agenda, count, last, heading) => {
    const server = await startTestServer();
    const request = sampleMeetingRequest({
      agenda: undefined,
      participants: undefined,
      agendaText: fixtureSlice(file, "Meeting Agenda", "Annex 2:"),
      participantsText: `${fixtureSlice(file, "List of participants")}\n\u0000\u0001\u0002\u0003`,
    });
    const response = await post(server.url, request);
    expect(response.status).toBe(201);
    const body = (await response.json()) as { meeting: { id: string; agenda: Array<{ title: string }>; participants: Array<{ name: string }> }; warnings: { participants: Array<{ line: number }> } };
    expect(body.meeting.agenda.map((item) => item.title)).toEqual(agenda);
    expect(body.meeting.participants).toHaveLength(count);
    expect(body.meeting.participants.at(-1)!.name).toBe(last);
    expect(body.warnings.participants).toHaveLength(1);

    const meeting = await createMeetingViaApi(server.url, request);
    const client = connectClient(server.url, meeting);
    await client.synced;
    expect(bodyText(client.doc)).toContain(heading);
  });

  it.each([
    ["an empty agenda paste", { agendaText: "   \n\n" }, "agendaText"],
    ["a binary agenda paste", { agendaText: "\u0000\u0001\u0002\u0003\u0004\n\u0005\u0006\u0007" }, "agendaText"],
    ["a 5 MB participants paste", { participantsText: "Anja Gengo, IGF Secretariat\n".repeat(180_000) }, "participantsText"],
    ["an empty participants paste", { participantsText: "" }, "participantsText"],
  ])("PASTE2: %s is a 400 naming its field, and nothing is stored", async (_name, paste, field) => {
    const server = await startTestServer();
    const response = await post(server.url, sampleMeetingRequest({ agenda: undefined, participants: undefined, ...paste }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { fields: Array<{ path: string }> } };
    expect(body.error.fields.map((f) => f.path)).toContain(field);
    expect(((await (await fetch(`${server.url}/api/meetings`)).json()) as { meetings: unknown[] }).meetings).toHaveLength(0);
  });
});
