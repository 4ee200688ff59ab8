import { describe, expect, it } from "vitest";
import { MeetingSchema, ParseWarningSchema } from "@rapporteur/shared";
import { startTestServer } from "../helpers/test-server.js";

const UNDATED = ["# Dynamic Coalition on Internet Standards", "## Coordination call 7", "## Discussion", "The coalition agreed to circulate the work plan by email."].join("\n");

async function importSummary(serverUrl: string, body: Record<string, unknown>) {
  const response = await fetch(`${serverUrl}/api/meetings/import`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  expect(response.status).toBe(201);
  const json = (await response.json()) as { meeting: unknown; warnings: unknown[] };
  return { meeting: MeetingSchema.parse(json.meeting), warnings: json.warnings.map((warning) => ParseWarningSchema.parse(warning).message) };
}

describe("import corrections", () => {
  it("IMPORT-C1: a summary without a date is dated today with warnings; a date sent with the import is used and the date warnings go away", async () => {
    const server = await startTestServer();
    const undated = await importSummary(server.url, { text: UNDATED });
    expect(undated.warnings.filter((message) => message.includes("date"))).toHaveLength(2);

    const dated = await importSummary(server.url, { text: UNDATED, startsAt: "2023-05-04T09:30:00Z" });
    expect(dated.meeting.startsAt).toBe("2023-05-04T09:30:00.000Z");
    expect(dated.warnings.filter((message) => message.includes("date"))).toEqual([]);
  });
});
