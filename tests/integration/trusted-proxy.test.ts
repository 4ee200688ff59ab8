import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import { CloseCode, COLLAB_PATH, RATE_LIMITS } from "@rapporteur/shared";
import { loadConfig } from "@rapporteur/server";
import { createMeetingViaApi, sampleMeetingRequest, type TestMeeting } from "../helpers/meetings-api.js";
import { startTestServer } from "../helpers/test-server.js";

const CLIENT_A = "203.0.113.7";
const CLIENT_B = "198.51.100.23";

/** A REST read with a forged token, as a proxy would forward it for `client`. */
function forgedRead(serverUrl: string, meeting: TestMeeting, client: string): Promise<Response> {
  return fetch(`${serverUrl}/api/meetings/${meeting.id}`, { headers: { authorization: "Bearer forged", "x-forwarded-for": client } });
}

/** A websocket upgrade forwarded for `client`: "429" when refused before the upgrade, else the close code. */
function socketOutcome(serverUrl: string, meeting: TestMeeting, client: string): Promise<string> {
  const ws = new WebSocket(`${serverUrl.replace(/^http/, "ws")}${COLLAB_PATH}/${meeting.id}?token=forged`, { headers: { "x-forwarded-for": client } });
  ws.on("error", () => {});
  return new Promise((resolve) => {
    ws.once("unexpected-response", (_request, response) => resolve(String(response.statusCode)));
    ws.once("close", (code) => resolve(String(code)));
  });
}

async function exhaustTokenFailures(serverUrl: string, meeting: TestMeeting, client: string): Promise<void> {
  for (let attempt = 0; attempt < RATE_LIMITS.tokenFailures; attempt++) expect((await forgedRead(serverUrl, meeting, client)).status).toBe(401);
}

describe("Per-address limits behind a reverse proxy (TRUST_PROXY)", () => {
  it("HARD-PROXY1: with TRUST_PROXY=loopback, two clients forwarded by the proxy are limited apart, on REST and websocket upgrades", async () => {
    const server = await startTestServer({ env: { TRUST_PROXY: "loopback" } });
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    await exhaustTokenFailures(server.url, meeting, CLIENT_A);
    expect((await forgedRead(server.url, meeting, CLIENT_A)).status).toBe(429);
    expect(await socketOutcome(server.url, meeting, CLIENT_A)).toBe("429");
    expect((await forgedRead(server.url, meeting, CLIENT_B)).status).toBe(401);
    expect(await socketOutcome(server.url, meeting, CLIENT_B)).toBe(String(CloseCode.Unauthorized));
  });

  it("HARD-PROXY2: without TRUST_PROXY the header is ignored: every request from the proxy's address shares one allowance", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    await exhaustTokenFailures(server.url, meeting, CLIENT_A);
    expect((await forgedRead(server.url, meeting, CLIENT_B)).status).toBe(429);
    expect(await socketOutcome(server.url, meeting, CLIENT_B)).toBe("429");
  });

  it("HARD-PROXY3: TRUST_PROXY takes a hop count or addresses, subnets and proxy-addr's names; `true` (any client could pick its address) is refused at start-up", () => {
    for (const setting of ["1", "loopback", "10.0.0.0/8, 127.0.0.1", "uniquelocal"]) expect(() => loadConfig({ TRUST_PROXY: setting })).not.toThrow();
    for (const setting of ["true", "0", "not-an-address"]) expect(() => loadConfig({ TRUST_PROXY: setting })).toThrow(/TRUST_PROXY/);
  });
});
