import busboy from "busboy";
import express, { Router, type Request } from "express";
import { z } from "zod";
import { LIMITS, VERIFY_NOT_APPROVED } from "@rapporteur/shared";
import type { PublicArchive } from "../publish/public-archive.js";
import { publicPaths } from "../publish/public-paths.js";
import { verifyBytes, verifyKey, type VerifyOutcome } from "../publish/verify-record.js";
import { renderVerifyPage } from "../publish/verify-page.js";
import type { PublishStore } from "../store/publish-store.js";
import { badRequest, HttpError } from "../errors.js";
import { parseRequest } from "./parse-request.js";

const Sha256 = z.string().trim().toLowerCase().regex(/^[0-9a-f]{64}$/, "must be 64 hexadecimal digits");
const Reference = z.string().trim().toLowerCase().regex(/^[0-9a-f]{12}-r[0-9]{1,5}$/, "must look like 3f9a1c2b7d4e-r1");
const VerifyQuery = z.union([z.object({ sha256: Sha256 }), z.object({ reference: Reference })], { message: "give sha256 or reference" });
const PageQuery = z.object({ q: z.string().max(200).optional() });

/** `/verify` (page), `/api/verify` (JSON) and the public key set: the public checks of approval records. */
export function createVerifyRouter({ archive, publish }: { archive: PublicArchive; publish: PublishStore }): Router {
  const router = Router();
  const toJson = async (outcome: VerifyOutcome) => {
    if (!outcome.approved) {
      // The closest record's statement only: never its text, which may belong to a series that does not publish.
      const { closest, ...rest } = outcome;
      return { ...rest, message: VERIFY_NOT_APPROVED, ...(closest ? { closest: closest.manifest.statement } : {}) };
    }
    const { publication, ...rest } = outcome;
    const url = publication && (await archive.isPublic(publication)) ? publicPaths.revision(publication) : undefined;
    return { ...rest, message: "an approved record", ...(publication ? { manifest: publication.manifest } : {}), ...(url ? { url } : {}) };
  };
  const pageState = async (subject: string, outcome: VerifyOutcome) => {
    const publication = outcome.approved ? outcome.publication : undefined;
    const publicLink = publication && (await archive.isPublic(publication)) ? publicPaths.revision(publication) : undefined;
    return { keyId: archive.key.keyId, subject, outcome, publicLink };
  };

  router.get(publicPaths.keys, (_request, response) => {
    response.set("Access-Control-Allow-Origin", "*").set("Cache-Control", "public, max-age=3600").json(archive.key.publicKeySet());
  });
  router.get("/api/verify", async (request, response) => {
    const query = parseRequest(VerifyQuery, request.query, "query");
    const outcome = await verifyKey(publish, "sha256" in query ? query.sha256 : query.reference);
    response.set("Access-Control-Allow-Origin", "*").json(await toJson(outcome));
  });
  router.post("/api/verify", express.raw({ type: () => true, limit: LIMITS.maxVerifyFileBytes }), async (request, response) => {
    if (!Buffer.isBuffer(request.body) || request.body.length === 0) throw badRequest("send the file as the request body", [{ path: "body", message: "empty" }]);
    response.json(await toJson(await verifyBytes(publish, archive.key, request.body)));
  });
  router.get(publicPaths.verify, async (request, response) => {
    const { q } = parseRequest(PageQuery, request.query, "query");
    const key = q?.trim();
    const state = key ? await pageState(`the hash or reference ${key}`, await verifyKey(publish, key)) : { keyId: archive.key.keyId };
    response.set("Cache-Control", "no-store").type("html").send(renderVerifyPage(state));
  });
  router.post(publicPaths.verify, async (request, response) => {
    const upload = await readUpload(request);
    const state = await pageState(`the file ${upload.name}`, await verifyBytes(publish, archive.key, upload.bytes));
    response.set("Cache-Control", "no-store").type("html").send(renderVerifyPage(state));
  });
  return router;
}

/** The one file of a multipart form, bounded by LIMITS.maxVerifyFileBytes. */
function readUpload(request: Request): Promise<{ name: string; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: request.headers, limits: { files: 1, fileSize: LIMITS.maxVerifyFileBytes, fields: 10 } });
    } catch {
      return reject(badRequest("send the file as multipart/form-data", [{ path: "file", message: "missing" }]));
    }
    let upload: { name: string; bytes: Buffer } | undefined;
    let tooLarge = false;
    parser.on("file", (_field, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("limit", () => (tooLarge = true));
      stream.on("end", () => (upload = { name: info.filename || "upload", bytes: Buffer.concat(chunks) }));
    });
    parser.on("error", () => reject(badRequest("the upload could not be read", [{ path: "file", message: "malformed" }])));
    parser.on("close", () => {
      if (tooLarge) return reject(new HttpError(413, "payload_too_large", "the file is too large", [{ path: "file", message: "too large" }]));
      if (!upload || upload.bytes.length === 0) return reject(badRequest("choose a file to check", [{ path: "file", message: "missing" }]));
      resolve(upload);
    });
    request.pipe(parser);
  });
}
