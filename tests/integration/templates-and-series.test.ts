import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { BUILT_IN_TEMPLATES, MeetingSchema, YDOC } from "@rapporteur/shared";
import { connectClient } from "../helpers/collab-client.js";
import { bodyText, writeParagraphInSection } from "../helpers/edit-body.js";
import { callMeetingApi, createMeetingViaApi, exportMarkdown, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { startTestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

const json = (method: string, body: unknown) => ({ method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

const userTemplate = {
  name: "Secretariat house style",
  titleLines: ["{series}", "Meeting {number} of {weekday} {date}", "Summary"],
  opening: ["Meeting hosted by {hosts}."],
  sections: [
    { kind: "discussion", title: "Discussions" },
    { kind: "nextSteps", title: "Actions" },
    { kind: "participantsAnnex", title: "Annex A: Attendance" },
  ],
  headingNumbering: "upper-roman",
  numberParagraphs: false,
};

describe("report templates", () => {
  it.each(BUILT_IN_TEMPLATES.map((template) => [template.id, template] as const))(
    "TEMPLATE3: built-in template %s seeds a meeting through the real server",
    async (id, template) => {
      const server = await startTestServer();
      const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest({ templateId: id }));
      expect(meeting.templateId).toBe(id);
      const client = connectClient(server.url, meeting);
      await client.synced;
      const text = bodyText(client.doc);
      const labelled = template.headingNumbering === "upper-alpha" ? "A. Activities of the WG Strategy for 2023" : "1. Activities of the WG Strategy for 2023";
      expect(text).toContain(labelled);
      for (const section of template.sections.filter((s) => s.kind !== "followUp")) expect(text).toContain(section.title);
    },
  );

  it("TEMPLATE4: a user template is stored, listed, edited, and a meeting made from it looks like it", async () => {
    const server = await startTestServer();
    const created = await fetch(`${server.url}/api/templates`, json("POST", userTemplate));
    expect(created.status).toBe(201);
    const { template } = (await created.json()) as { template: { id: string } };
    const listed = (await (await fetch(`${server.url}/api/templates`)).json()) as { templates: Array<{ id: string }> };
    expect(listed.templates.map((t) => t.id)).toContain(template.id);
    const edited = await fetch(`${server.url}/api/templates/${template.id}`, json("PUT", { ...userTemplate, opening: ["Hosted by {hostsAndModerators}."] }));
    expect(edited.status).toBe(200);

    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest({ templateId: template.id, hosts: ["Anriette Esterhuysen"] }));
    const markdown = await exportMarkdown(server.url, meeting);
    expect(markdown).toContain("# MAG Working Group on IGF Strengthening and Strategy");
    expect(markdown).toContain("**Meeting 51 of Thursday 16 February 2023**");
    expect(markdown).toContain("Hosted by Anriette Esterhuysen and Titti Cassa.");
    expect(markdown).toContain("### I. Activities of the WG Strategy for 2023");
    expect(markdown).toContain("### II. AoB");
    expect(markdown).toMatch(/## Annex A: Attendance\n\n\| No\. +\| Name +\| Affiliation +\|\n/);
  });

  it("TEMPLATE5: a template with an unknown placeholder is refused with 400 naming it; built-ins cannot be edited", async () => {
    const server = await startTestServer();
    const before = ((await (await fetch(`${server.url}/api/templates`)).json()) as { templates: unknown[] }).templates.length;
    const response = await fetch(`${server.url}/api/templates`, json("POST", { ...userTemplate, opening: ["Chaired by {chair}."] }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { fields: Array<{ path: string; message: string }> } };
    expect(body.error.fields[0]!.path).toBe("opening.0");
    expect(body.error.fields[0]!.message).toContain("{chair}");
    const after = ((await (await fetch(`${server.url}/api/templates`)).json()) as { templates: unknown[] }).templates.length;
    expect(after).toBe(before);
    expect((await fetch(`${server.url}/api/templates/discussion-per-item`, json("PUT", userTemplate))).status).toBe(409);
  });

  it("TEMPLATE6: DELETE removes an unused user template (204); one a meeting was made from (its new series took it as default) is kept (409 naming the counts); built-ins and unknown ids are refused", async () => {
    const server = await startTestServer();
    const create = async (name: string) => ((await (await fetch(`${server.url}/api/templates`, json("POST", { ...userTemplate, name }))).json()) as { template: { id: string } }).template.id;
    const unused = await create("Scratch");
    const used = await create("In use");
    await createMeetingViaApi(server.url, sampleMeetingRequest({ templateId: used }));
    const remove = (id: string) => fetch(`${server.url}/api/templates/${id}`, { method: "DELETE" });

    expect((await remove(unused)).status).toBe(204);
    expect((await fetch(`${server.url}/api/templates/${unused}`)).status).toBe(404);
    const refused = await remove(used);
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { code: string; message: string } }).error).toEqual({
      code: "template_in_use",
      message: "the template is used by 1 meeting and 1 series; it cannot be deleted",
    });
    expect((await fetch(`${server.url}/api/templates/${used}`)).status).toBe(200);
    expect((await remove("discussion-per-item")).status).toBe(409);
    expect((await remove(unused)).status).toBe(404);
  });
});

describe("series", () => {
  it.each([
    [51, 52, "Online Meeting 51", "Online Meeting 52"],
    ["XXIV", "XXV", "Online Meeting XXIV", "Online Meeting XXV"],
  ])("SERIES1: the next meeting after %s is %s, with the series template and the previous participants", async (number, next, title, nextTitle) => {
    const server = await startTestServer();
    const first = await createMeetingViaApi(server.url, sampleMeetingRequest({ number, title, templateId: "numbered-paragraphs" }));
    const client = connectClient(server.url, first);
    await client.synced;
    client.doc.transact(() => {
      const late = new Y.Map<unknown>();
      late.set("id", "late-joiner-0000000000");
      late.set("name", "Wolfgang Kleinwächter");
      late.set("affiliation", "University of Aarhus");
      client.doc.getArray(YDOC.participants).push([late]);
    });
    await waitUntil(async () => expect(await exportMarkdown(server.url, first)).toContain("Kleinwächter"));

    const response = await callMeetingApi(server.url, first, "/next", { method: "POST", body: {}, role: "noteTaker" });
    expect(response.status).toBe(201);
    const meeting = MeetingSchema.parse(((await response.json()) as { meeting: unknown }).meeting);
    expect(meeting.number).toBe(next);
    expect(meeting.title).toBe(nextTitle);
    expect(meeting.templateId).toBe("numbered-paragraphs");
    expect(meeting.startsAt).toBe("2023-03-02T14:00:00.000Z");
    expect(meeting.participants.map((p) => p.name)).toEqual(["Anja Gengo", "Wolfgang Kleinwächter"]);
  });

  it("SERIES2: scheduling the next meeting writes its date into this report's empty Next meeting section, live; a section someone wrote in is left alone", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const client = connectClient(server.url, meeting);
    await client.synced;
    const checks = async () => ((await (await callMeetingApi(server.url, meeting, "/checks")).json()) as { warnings: Array<{ kind: string }> }).warnings.map((w) => w.kind);
    expect(await checks()).toContain("next-meeting");

    const scheduled = await callMeetingApi(server.url, meeting, "/next", { method: "POST", body: { startsAt: "2023-03-02T14:00:00Z" }, role: "noteTaker" });
    expect(scheduled.status).toBe(201);
    const sentence = "The next meeting will take place on Thursday, 2 March 2023 at 14:00 UTC.";
    expect(await exportMarkdown(server.url, meeting)).toMatch(new RegExp(`## Next meeting\\s+${sentence.replace(/\./g, "\\.")}`));
    await waitUntil(() => expect(bodyText(client.doc)).toContain(sentence));
    expect(await checks()).not.toContain("next-meeting");

    const again = await callMeetingApi(server.url, meeting, "/next", { method: "POST", body: { startsAt: "2023-03-09T14:00:00Z" }, role: "noteTaker" });
    expect(again.status).toBe(201);
    const markdown = await exportMarkdown(server.url, meeting);
    expect(markdown).toContain(sentence);
    expect(markdown).not.toContain("9 March 2023");
    client.destroy();
  });

  it("SEARCH1: full-text search finds a meeting by a phrase from its discussion", async () => {
    const server = await startTestServer({ env: { UNLOAD_AFTER_MS: "0" } });
    const target = await createMeetingViaApi(server.url, sampleMeetingRequest({ title: "Online Meeting 60" }));
    await createMeetingViaApi(server.url, sampleMeetingRequest({ title: "Online Meeting 61" }));
    const client = connectClient(server.url, target);
    await client.synced;
    writeParagraphInSection(client.doc, "AoB", "Nigel Hickson noted the distinction between Geneva and New York.");
    await waitUntil(async () => expect(await exportMarkdown(server.url, target)).toContain("Geneva and New York"));
    client.destroy();
    const search = async (q: string) =>
      ((await (await fetch(`${server.url}/api/meetings?q=${encodeURIComponent(q)}`)).json()) as { meetings: Array<{ title: string }> }).meetings.map((m) => m.title);
    await waitUntil(async () => expect(await search('"Geneva and New York"')).toEqual(["Online Meeting 60"]));
    expect(await search('"New York and Geneva"')).toEqual([]);
    expect(await search("Online Meeting")).toHaveLength(2);
  });

  it("SEARCH2: a meeting is searchable by its text as soon as it is created or imported, before anyone edits it", async () => {
    const server = await startTestServer();
    const markdown = [
      "# MAG Working Group on IGF Strengthening and Strategy",
      "## Online Meeting 40",
      "16 March 2022, 14:00 UTC",
      "## Discussion",
      "### 1. Outreach",
      "Chengetai Masango described the outreach to parliamentarians in Addis Ababa.",
    ].join("\n");
    const imported = await fetch(`${server.url}/api/meetings/import`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: markdown }) });
    expect(imported.status).toBe(201);
    await createMeetingViaApi(server.url, sampleMeetingRequest({ title: "Online Meeting 41", agenda: [{ title: "Budget for the parliamentary track" }] }));
    const search = async (q: string) =>
      ((await (await fetch(`${server.url}/api/meetings?q=${encodeURIComponent(q)}`)).json()) as { meetings: Array<{ title: string }> }).meetings.map((m) => m.title);
    expect(await search('"parliamentarians in Addis Ababa"')).toEqual(["Online Meeting 40"]);
    expect(await search("parliamentary track")).toEqual(["Online Meeting 41"]);
  });
});
