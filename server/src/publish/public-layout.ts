import { html, type Html } from "./escape-html.js";
import { publicPaths } from "./public-paths.js";

export interface PageOptions {
  title: string;
  /** Breadcrumb links above the content, outermost first. */
  trail?: Array<{ href: string; label: string }>;
  alternates?: Array<{ type: string; title: string; href: string }>;
  keyId: string;
  body: Html;
}

/** The frame of every public page: language, viewport, stylesheet, feeds, the key it is signed with. */
export function renderPublicPage(options: PageOptions): string {
  const alternates = (options.alternates ?? []).map((link) => html`<link rel="alternate" type="${link.type}" title="${link.title}" href="${link.href}">`);
  const trail = (options.trail ?? []).map((link) => html`<li><a href="${link.href}">${link.label}</a></li>`);
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title}</title>
<link rel="stylesheet" href="${publicPaths.stylesheet}">
${alternates}
</head>
<body>
<header class="site"><nav aria-label="Breadcrumb"><ol class="downloads">${trail}<li><a href="${publicPaths.verify}">Verify a report</a></li></ol></nav></header>
<main>
${options.body}
</main>
<footer class="site"><p>Approved reports are signed with this installation's Ed25519 key <code>${options.keyId}</code>
(<a href="${publicPaths.keys}">public key</a>). Check any copy at <a href="${publicPaths.verify}">${publicPaths.verify}</a>.</p></footer>
</body>
</html>
`.value;
}
