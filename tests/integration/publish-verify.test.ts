import { createHash, createPublicKey, generateKeyPairSync, verify } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { connectClient } from "../helpers/collab-client.js";
import { pdfText } from "../helpers/document-text.js";
import { callMeetingApi, createMeetingViaApi, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { changeOneByte, download, fetchManifest, findPublishedLinks, setPublishing, sha256Hex, transition, writeStored } from "../helpers/publish.js";
import { makeTempDir, startTestServer, type TestServer } from "../helpers/test-server.js";
import { runVerifyCli } from "../../server/src/publish/verify-cli.js";

// Only a public library and Node's own crypto check the signatures here: no Rapporteur code.
const canonicalize = createRequire(import.meta.url)("canonicalize") as (value: unknown) => string;
const SERIES = "MAG Working Group on IGF Strengthening and Strategy";

async function approvedMeeting(server: TestServer, sentence = "The group agreed the work plan.") {
  const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
  await setPublishing(server.url, SERIES, true);
  const client = connectClient(server.url, meeting);
  await client.synced;
  await writeStored(server.url, meeting, client.doc, "AoB", sentence);
  await transition(server.url, meeting, "approve");
  client.destroy();
  const links = await findPublishedLinks(server.url, SERIES);
  return { meeting, links };
}

async function publicKey(server: TestServer) {
  const response = await fetch(`${server.url}/.well-known/rapporteur-keys.json`);
  expect(response.status).toBe(200);
  const { keys } = (await response.json()) as { keys: Array<{ kid: string; kty: string; crv: string; x: string }> };
  expect(keys).toHaveLength(1);
  return { kid: keys[0]!.kid, key: createPublicKey({ key: { kty: keys[0]!.kty, crv: keys[0]!.crv, x: keys[0]!.x }, format: "jwk" }) };
}

/** The documented file seal: Ed25519 over "rapporteur-file-v1:" + SHA-256 of the file with its 86 signature characters set to "0". */
function verifySealedFile(bytes: Buffer, key: ReturnType<typeof createPublicKey>): boolean {
  const text = bytes.toString("latin1");
  const match = /rapporteur-approval\.v1\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{86})/.exec(text);
  if (!match) return false;
  const blanked = Buffer.from(bytes);
  blanked.write("0".repeat(86), match.index + match[0].length - 86, "latin1");
  const digest = createHash("sha256").update(blanked).digest("hex");
  return verify(null, Buffer.from(`rapporteur-file-v1:${digest}`), key, Buffer.from(match[2]!, "base64url"));
}

async function verifyUpload(server: TestServer, bytes: Buffer) {
  const response = await fetch(`${server.url}/api/verify`, { method: "POST", headers: { "content-type": "application/octet-stream" }, body: new Uint8Array(bytes) });
  expect(response.status).toBe(200);
  return (await response.json()) as { approved: boolean; message: string; match?: string; claims?: { revision: number }; closest?: { reference: string } };
}

describe("signed approval records", () => {
  it("MANIFEST1: the manifest's signature verifies with Node's crypto and the public key; it names the approval and the SHA-256 of each served file", async () => {
    const server = await startTestServer();
    const { meeting, links } = await approvedMeeting(server);
    const { kid, key } = await publicKey(server);
    const manifest = await fetchManifest(links);
    const { signature, ...unsigned } = manifest;
    expect(verify(null, Buffer.from(canonicalize(unsigned)), key, Buffer.from(signature, "base64url"))).toBe(true);
    expect(verify(null, Buffer.from(canonicalize({ ...unsigned, keyId: "x" })), key, Buffer.from(signature, "base64url"))).toBe(false);
    expect(manifest.keyId).toBe(kid);
    const approval = ((await (await callMeetingApi(server.url, meeting, "/approval")).json()) as { approval: { sha256: string; version: number; approvedBy: string } }).approval;
    expect(manifest.statement).toMatchObject({ meetingId: meeting.id, version: approval.version, contentSha256: approval.sha256, approvedBy: approval.approvedBy, revision: 1 });
    for (const format of ["pdf", "docx", "md"] as const) {
      const bytes = await download(links.files[format]);
      expect(sha256Hex(bytes), format).toBe(manifest.files[format].sha256);
      expect(await download(links.files[format]), `${format} is served byte-identical`).toEqual(bytes);
    }
    const pdf = await download(links.files.pdf);
    expect(pdf.toString("latin1")).toMatch(/\/RapporteurApproval \d+ 0 R/);
    expect(pdf.toString("latin1")).toMatch(/\(rapporteur-approval\.v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{86}\)/);
    expect(verifySealedFile(pdf, key)).toBe(true);
    expect(pdfText(pdf).replace(/\s+/g, " ")).toContain(`verify reference ${manifest.statement.reference}`);
    const md = await download(links.files.md);
    expect(md.toString("utf8")).toMatch(/^---\n[^]*\napproval_record: "rapporteur-approval\.v1\.[^"]+"\n[^]*---\n/);
    expect(md.toString("utf8")).toContain(`reference: "${manifest.statement.reference}"`);
    expect(verifySealedFile(md, key)).toBe(true);
  });

  it("MANIFEST2: the installation key is created once and kept with the data: the same key after a restart", async () => {
    const first = await startTestServer();
    const before = await publicKey(first);
    await first.close();
    const second = await startTestServer({ dataDir: first.dataDir });
    expect((await publicKey(second)).kid).toBe(before.kid);
    const other = await startTestServer();
    expect((await publicKey(other)).kid).not.toBe(before.kid);
  });

  it("VERIFY1: /verify and /api/verify accept the downloaded files, their hashes and the printed reference; one changed byte is not an approved record", async () => {
    const server = await startTestServer();
    const { links } = await approvedMeeting(server);
    const manifest = await fetchManifest(links);
    for (const format of ["pdf", "docx", "md"] as const) {
      const bytes = await download(links.files[format]);
      const bySha = (await (await fetch(`${server.url}/api/verify?sha256=${sha256Hex(bytes)}`)).json()) as { approved: boolean; match: string; url?: string };
      expect(bySha).toMatchObject({ approved: true, match: format });
      expect(bySha.url).toMatch(/\/r\/1$/);
      expect(await verifyUpload(server, bytes)).toMatchObject({ approved: true, match: format });
    }
    expect(await (await fetch(`${server.url}/api/verify?reference=${manifest.statement.reference}`)).json()).toMatchObject({ approved: true, match: "reference" });
    expect(await (await fetch(`${server.url}/api/verify?sha256=${"ab".repeat(32)}`)).json()).toMatchObject({ approved: false, message: "not an approved record" });

    for (const format of ["pdf", "md"] as const) {
      const changed = changeOneByte(await download(links.files[format]));
      const outcome = await verifyUpload(server, changed);
      expect(outcome, format).toMatchObject({ approved: false, message: "not an approved record", claims: { revision: 1 }, closest: { reference: manifest.statement.reference } });
      const form = new FormData();
      form.append("file", new Blob([new Uint8Array(changed)]), `report.${format}`);
      const page = await (await fetch(`${server.url}/verify`, { method: "POST", body: form })).text();
      expect(page).toContain("Not an approved record");
      expect(page).toContain("Closest approved version");
    }
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(await download(links.files.pdf))]), "report.pdf");
    const page = await (await fetch(`${server.url}/verify`, { method: "POST", body: form })).text();
    expect(page).toContain("Approved record (the approved PDF file, byte for byte)");
    expect(await (await fetch(`${server.url}/verify?q=${manifest.statement.reference}`)).text()).toContain("Approved record");
  });

  it("VERIFY2: rapporteur-verify checks a file offline with the public key: approved files pass, one changed byte fails, Word needs its manifest", async () => {
    const server = await startTestServer();
    const { links } = await approvedMeeting(server);
    const dir = makeTempDir();
    const save = async (name: string, bytes: Buffer) => {
      fs.writeFileSync(path.join(dir, name), bytes);
      return path.join(dir, name);
    };
    const keysFile = await save("keys.json", await download(`${server.url}/.well-known/rapporteur-keys.json`));
    const manifestFile = await save("manifest.json", await download(links.manifest));
    const files = {
      pdf: await save("report.pdf", await download(links.files.pdf)),
      md: await save("report.md", await download(links.files.md)),
      docx: await save("report.docx", await download(links.files.docx)),
    };
    const run = async (...args: string[]) => {
      const lines: string[] = [];
      const code = await runVerifyCli(args, (line) => lines.push(line));
      return { code, first: lines[0] ?? "", text: lines.join("\n") };
    };
    expect(await run(files.pdf, "--keys", `${server.url}/.well-known/rapporteur-keys.json`)).toMatchObject({ code: 0, first: "approved record" });
    await server.close(); // offline from here on: only the saved key and files

    expect(await run(files.pdf, "--keys", keysFile)).toMatchObject({ code: 0, first: "approved record" });
    expect(await run(files.md, "--keys", keysFile)).toMatchObject({ code: 0, first: "approved record" });
    expect(await run(files.docx, "--keys", keysFile)).toMatchObject({ code: 1, first: "not an approved record" });
    expect(await run(files.docx, "--keys", keysFile, "--manifest", manifestFile)).toMatchObject({ code: 0, first: "approved record" });
    for (const format of ["pdf", "md", "docx"] as const) {
      const changed = await save(`changed.${format}`, changeOneByte(fs.readFileSync(files[format])));
      const args = format === "docx" ? ["--manifest", manifestFile] : [];
      expect(await run(changed, "--keys", keysFile, ...args), format).toMatchObject({ code: 1, first: "not an approved record" });
    }
    const signatureChanged = fs.readFileSync(files.md, "utf8").replace(/(approval_record: "rapporteur-approval\.v1\.[A-Za-z0-9_-]+\.)(.)/, (_m, head: string, c: string) => head + (c === "A" ? "B" : "A"));
    expect(await run(await save("sig.md", Buffer.from(signatureChanged)), "--keys", keysFile)).toMatchObject({ code: 1, first: "not an approved record" });
    const stranger = generateKeyPairSync("ed25519").publicKey.export({ format: "jwk" });
    const strangerKeys = await save("stranger.json", Buffer.from(JSON.stringify({ keys: [{ kty: "OKP", crv: "Ed25519", x: stranger.x, kid: "0000", alg: "EdDSA", use: "sig" }] })));
    expect(await run(files.pdf, "--keys", strangerKeys)).toMatchObject({ code: 1, first: "not an approved record" });
    expect((await run(files.pdf)).code).toBe(2);
  });

  it("VERIFY3: bad verify requests get a 4xx naming the field; nothing else is affected", async () => {
    const server = await startTestServer();
    const noQuery = await fetch(`${server.url}/api/verify`);
    expect(noQuery.status).toBe(400);
    const badSha = await fetch(`${server.url}/api/verify?sha256=xyz`);
    expect(badSha.status).toBe(400);
    expect(JSON.stringify(await badSha.json())).toContain("sha256");
    expect((await fetch(`${server.url}/api/verify`, { method: "POST" })).status).toBe(400);
    const emptyForm = await fetch(`${server.url}/verify`, { method: "POST", body: new FormData() });
    expect(emptyForm.status).toBe(400);
    expect(JSON.stringify(await emptyForm.json())).toContain("file");
    const huge = await fetch(`${server.url}/api/verify`, { method: "POST", headers: { "content-type": "application/octet-stream" }, body: new Uint8Array(33 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
