import type { RequestHandler, Response } from "express";
import helmet from "helmet";

/**
 * Scripts only from this origin (the built client has no inline script); styles may be inline
 * because the editor injects its own stylesheet. Nothing may frame the app, the API or an export,
 * except the app's own PDF preview (see `allowSameOriginFraming`).
 */
const directives = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", "data:", "blob:"],
  fontSrc: ["'self'", "data:"],
  // blob: is the PDF preview and downloads the app itself fetched (same origin by construction).
  connectSrc: ["'self'", "blob:"],
  workerSrc: ["'self'"],
  // The export dialog previews the PDF from a blob: address it fetched with the token in a header.
  frameSrc: ["'self'", "blob:"],
  objectSrc: ["'self'", "blob:"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** helmet on every response: CSP, no framing, nosniff, no referrer (links may carry tokens). */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives },
    frameguard: { action: "deny" },
    referrerPolicy: { policy: "no-referrer" },
  });
}

/** The export dialog shows the PDF in an iframe of the app: that one response may be framed by this origin. */
export function allowSameOriginFraming(response: Response): void {
  const policy = String(response.get("Content-Security-Policy") ?? "");
  response.set("Content-Security-Policy", policy.replace("frame-ancestors 'none'", "frame-ancestors 'self'"));
  response.set("X-Frame-Options", "SAMEORIGIN");
}
