import { describe, expect, it } from "vitest";
import { ConfigError, createLogger, loadConfig, startServer } from "@rapporteur/server";
import { CloseCode, LIMITS, RATE_LIMITS } from "@rapporteur/shared";
import { connectClient } from "../helpers/collab-client.js";
import { bodyText } from "../helpers/edit-body.js";
import { authHeaders, callMeetingApi, createMeetingViaApi, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { openRawSocket } from "../helpers/raw-socket.js";
import { startServerProcess } from "../helpers/server-process.js";
import { makeTempDir, startTestServer } from "../helpers/test-server.js";

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

async function fieldsOf(response: Response): Promise<string[]> {
  const body = (await response.json()) as { error: { fields?: Array<{ path: string }> } };
  return (body.error.fields ?? []).map((field) => field.path);
}

describe("secure by default", () => {
  it("HARD-HOST1: the server listens on 127.0.0.1 unless HOST says otherwise; a non-loopback HOST without ADMIN_TOKEN refuses to start, saying why", async () => {
    expect(loadConfig({}).HOST).toBe("127.0.0.1");
    expect(() => loadConfig({ HOST: "0.0.0.0" })).toThrow(ConfigError);
    expect(() => loadConfig({ HOST: "0.0.0.0" })).toThrow(/ADMIN_TOKEN/);
    expect(loadConfig({ HOST: "0.0.0.0", ADMIN_TOKEN: "a-long-enough-admin-token" }).HOST).toBe("0.0.0.0");
    for (const host of ["localhost", "::1", "127.0.0.2"]) expect(loadConfig({ HOST: host }).HOST).toBe(host);
    await expect(startServerProcess({ HOST: "0.0.0.0", PORT: "0", DATA_DIR: makeTempDir() })).rejects.toThrow(/exited with 1[\s\S]*HOST: 0\.0\.0\.0[\s\S]*ADMIN_TOKEN/);
  });

  it("HARD-HEADERS1: the API, the app's fallback and exports carry a CSP without inline scripts, frame-ancestors 'none', nosniff and no referrer; only the inline PDF preview may be framed by the app", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const responses = [
      await fetch(`${server.url}/api/meetings`),
      await fetch(`${server.url}/healthz`),
      await fetch(`${server.url}/api/nothing`),
      await fetch(`${server.url}/api/meetings/${meeting.id}/export?format=md`, { headers: authHeaders(meeting, "viewer") }),
    ];
    for (const response of responses) {
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    }
    const preview = await fetch(`${server.url}/api/meetings/${meeting.id}/export?format=pdf&inline=true`, { headers: authHeaders(meeting, "viewer") });
    expect(preview.status).toBe(200);
    expect(preview.headers.get("content-security-policy")).toContain("frame-ancestors 'self'");
    expect(preview.headers.get("x-frame-options")).toBe("SAMEORIGIN");
  });

  it("HARD-RATELIMIT1: token failures are limited per address (REST and websocket), then 429 with Retry-After", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    for (let attempt = 0; attempt < RATE_LIMITS.tokenFailures; attempt++) {
      const response = await fetch(`${server.url}/api/meetings/${meeting.id}`, { headers: { authorization: `Bearer forged-${attempt}` } });
      expect(response.status).toBe(401);
    }
    const refused = await fetch(`${server.url}/api/meetings/${meeting.id}`, { headers: { authorization: "Bearer forged-again" } });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("rate_limited");
    const socket = openRawSocket(server.url, meeting.id, meeting.tokens.noteTaker);
    await expect(socket.opened).rejects.toThrow(/HTTP 429/);
  });

  it("HARD-RATELIMIT2: a websocket that fails its token counts as a token failure too", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    for (let attempt = 0; attempt < RATE_LIMITS.tokenFailures; attempt++) {
      const socket = openRawSocket(server.url, meeting.id, `forged-${attempt}`);
      expect((await socket.closed).code).toBe(CloseCode.Unauthorized);
    }
    expect((await fetch(`${server.url}/api/meetings/${meeting.id}`, { headers: authHeaders(meeting) })).status).toBe(429);
  });

  it.each([
    ["createMeeting", "/api/meetings", RATE_LIMITS.createMeeting],
    ["importSummary", "/api/meetings/import", RATE_LIMITS.importSummary],
  ] as const)("HARD-RATELIMIT3: %s is limited per address", async (_kind, path, allowance) => {
    const server = await startTestServer();
    for (let attempt = 0; attempt < allowance; attempt++) expect((await post(`${server.url}${path}`, {})).status).toBe(400);
    expect((await post(`${server.url}${path}`, sampleMeetingRequest())).status).toBe(429);
  });

  it("HARD-RATELIMIT4: exports and websocket connects are limited per address", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const exportUrl = `${server.url}/api/meetings/${meeting.id}/export?format=exe`;
    for (let attempt = 0; attempt < RATE_LIMITS.exports; attempt++) expect((await fetch(exportUrl, { headers: authHeaders(meeting) })).status).toBe(400);
    expect((await fetch(exportUrl.replace("exe", "md"), { headers: authHeaders(meeting) })).status).toBe(429);
    for (let attempt = 0; attempt < RATE_LIMITS.websocketConnects; attempt++) {
      const socket = openRawSocket(server.url, "AAAAAAAAAAAAAAAAAAAAAA", meeting.tokens.viewer);
      expect((await socket.closed).code).toBe(CloseCode.MeetingNotFound);
    }
    await expect(openRawSocket(server.url, meeting.id, meeting.tokens.viewer).opened).rejects.toThrow(/HTTP 429/);
  });
});

describe("bad input is refused at the door", () => {
  it("HARD-INPUT1: unpaired surrogates and control characters are refused with 400 naming the field; nothing is stored", async () => {
    const server = await startTestServer();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ title: "Online Meeting \ud800" }, "title"],
      [{ series: "MAG\u0007 Working Group" }, "series"],
      [{ title: "Two\nlines" }, "title"],
      [{ participants: [{ name: "Anja \udc00Gengo" }] }, "participants.0.name"],
      [{ moderators: ["Titti\u0000Cassa"] }, "moderators.0"],
      [{ agenda: undefined, agendaText: "1. Welcome \ud83d" }, "agendaText"],
    ];
    for (const [override, path] of cases) {
      const response = await post(`${server.url}/api/meetings`, sampleMeetingRequest(override));
      expect(response.status, path).toBe(400);
      expect(await fieldsOf(response)).toContain(path);
    }
    const surrogateImport = await post(`${server.url}/api/meetings/import`, { text: "Summary \ud800 of the meeting" });
    expect(await fieldsOf(surrogateImport)).toEqual(["text"]);
    const list = (await (await fetch(`${server.url}/api/meetings`)).json()) as { meetings: unknown[] };
    expect(list.meetings).toEqual([]);
    const emoji = await createMeetingViaApi(server.url, sampleMeetingRequest({ title: "Online Meeting 🎉 51" }));
    expect(emoji.title).toBe("Online Meeting 🎉 51");
  });

  it("HARD-DATE1: only real calendar dates and clock times are accepted", async () => {
    const server = await startTestServer();
    for (const startsAt of ["2023-02-30", "2023-02-29T10:00:00Z", "2023-04-31T10:00Z", "2023-13-01", "2023-02-16T24:30:00Z", "2023-02-16T14:60Z"]) {
      const response = await post(`${server.url}/api/meetings`, sampleMeetingRequest({ startsAt }));
      expect(response.status, startsAt).toBe(400);
      expect(await fieldsOf(response)).toEqual(["startsAt"]);
    }
    const leap = await createMeetingViaApi(server.url, sampleMeetingRequest({ startsAt: "2024-02-29T14:00:00Z" }));
    expect(leap.startsAt).toBe("2024-02-29T14:00:00.000Z");
  });

  it("HARD-STRICT1: unknown fields in bodies and queries are a 400 naming each of them, everywhere", async () => {
    const server = await startTestServer();
    const created = await post(`${server.url}/api/meetings`, { ...sampleMeetingRequest({ agenda: [{ title: "AoB", owner: "x" }] }), colour: "red" });
    expect(created.status).toBe(400);
    expect((await fieldsOf(created)).sort()).toEqual(["agenda.0.owner", "colour"]);
    const polluted = await fetch(`${server.url}/api/meetings`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(sampleMeetingRequest()).replace(/^\{/, '{"__proto__":{"isChair":true},'),
    });
    expect(polluted.status).toBe(400);
    expect(await fieldsOf(polluted)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).isChair).toBeUndefined();
    const imported = await post(`${server.url}/api/meetings/import`, { text: "Summary of the meeting", approvedAt: "now" });
    expect(await fieldsOf(imported)).toEqual(["approvedAt"]);
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const version = await callMeetingApi(server.url, meeting, "/versions", { method: "POST", body: { name: "Before the break", role: "chair" } });
    expect(await fieldsOf(version)).toEqual(["role"]);
    const next = await callMeetingApi(server.url, meeting, "/next", { method: "POST", body: { agenda: [{ title: "AoB", chair: "me" }] } });
    expect(await fieldsOf(next)).toEqual(["agenda.0.chair"]);
    const exported = await fetch(`${server.url}/api/meetings/${meeting.id}/export?format=md&colour=red`, { headers: authHeaders(meeting, "viewer") });
    expect(exported.status).toBe(400);
    expect(await fieldsOf(exported)).toEqual(["colour"]);
    expect((await fetch(`${server.url}/api/meetings/${meeting.id}/export?format=md`, { headers: authHeaders(meeting, "viewer") })).status).toBe(200);
  });
});

describe("limits at every entry point", () => {
  const subItems = (count: number) => Array.from({ length: count }, (_, index) => `   - Sub-item ${index + 1}`).join("\n");

  it("HARD-LIMIT1: sub-items from a pasted agenda and an import are capped with a warning; request lists past a limit are a 400 naming them", async () => {
    const server = await startTestServer();
    const pasted = await post(`${server.url}/api/meetings`, sampleMeetingRequest({ agenda: undefined, agendaText: `1. Opening\n${subItems(300)}\n2. AoB` }));
    expect(pasted.status).toBe(201);
    const { meeting, warnings } = (await pasted.json()) as { meeting: { agenda: Array<{ children: unknown[] }> }; warnings: { agenda: Array<{ message: string }> } };
    expect(meeting.agenda[0]!.children).toHaveLength(LIMITS.maxAgendaSubItems);
    expect(warnings.agenda.map((warning) => warning.message).join(" ")).toMatch(/sub-items of item 1 were kept/);

    const imported = await post(`${server.url}/api/meetings/import`, { text: `Series\nOnline Meeting 3, 16 February 2023\n\nAgenda\n1. Opening\n${subItems(120)}\n2. AoB\n\n1. Opening\nWe opened.` });
    expect(imported.status).toBe(201);
    const importedMeeting = ((await imported.json()) as { meeting: { agenda: Array<{ children: unknown[] }> } }).meeting;
    for (const item of importedMeeting.agenda) expect(item.children.length).toBeLessThanOrEqual(LIMITS.maxAgendaSubItems);

    const tooMany = Array.from({ length: 20 }, (_, index) => ({ title: `Item ${index}`, children: Array.from({ length: 40 }, (_, child) => `Sub ${child}`) }));
    const refused = await post(`${server.url}/api/meetings`, sampleMeetingRequest({ agenda: tooMany }));
    expect(refused.status).toBe(400);
    expect(await fieldsOf(refused)).toEqual(["agenda"]);
    const base = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const next = await callMeetingApi(server.url, base, "/next", { method: "POST", body: { agenda: [{ title: "AoB", children: Array.from({ length: 60 }, () => ({ title: "x" })) }] } });
    expect(next.status).toBe(400);
    expect(await fieldsOf(next)).toEqual(["agenda.0.children"]);
  });

  it("HARD-LIMIT2: a stored meeting that no longer fits the limits is listed, opened, exported and edited live, and reported in the log", async () => {
    const lines: string[] = [];
    const logger = createLogger("warn");
    const capture = { ...logger, warn: (event: string, fields?: Record<string, unknown>) => lines.push(JSON.stringify({ event, ...fields })) };
    const config = loadConfig({ PORT: "0", DATA_DIR: makeTempDir(), LOG_LEVEL: "silent" });
    const server = await startServer(config, capture);
    try {
      const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
      const stored = (await server.store.getMeeting(meeting.id))!;
      const children = Array.from({ length: 300 }, (_, index) => ({ id: `sub${String(index).padStart(19, "0")}`, title: `Sub-item ${index}` }));
      await server.store.updateMeeting({ ...stored, title: "t".repeat(400), agenda: [{ ...stored.agenda[0]!, children }] });
      const list = await fetch(`${server.url}/api/meetings`);
      expect(list.status).toBe(200);
      expect(((await list.json()) as { meetings: Array<{ id: string }> }).meetings.map((entry) => entry.id)).toContain(meeting.id);
      expect((await callMeetingApi(server.url, meeting, "")).status).toBe(200);
      for (const format of ["md", "pdf", "docx"]) {
        expect((await callMeetingApi(server.url, meeting, `/export?format=${format}`)).status, format).toBe(200);
      }
      const client = connectClient(server.url, meeting);
      await client.synced;
      expect(bodyText(client.doc)).toContain("AoB");
      client.destroy();
      expect(lines.find((line) => line.includes("stored_meeting_out_of_limits") && line.includes(meeting.id))).toMatch(/agenda\.0\.children/);
    } finally {
      await server.close();
    }
  });
});
