/**
 * The public pages' one stylesheet, served from /p/style.css (no inline styles or scripts:
 * the pages work under a strict Content-Security-Policy). Readable from 320 px up.
 */
export const PUBLIC_STYLE = `
:root { color-scheme: light; --text: #1d2433; --muted: #4a5365; --rule: #c9cfda; --accent: #1f4e8c; --ok: #1d6b35; --bad: #a4161a; }
* { box-sizing: border-box; }
body { margin: 0; font: 17px/1.6 Georgia, "Times New Roman", serif; color: var(--text); background: #fff; }
a { color: var(--accent); }
a:focus-visible, input:focus-visible, button:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
.site { font-family: system-ui, sans-serif; font-size: 15px; padding: 12px 20px; border-bottom: 1px solid var(--rule); }
footer.site { border-top: 1px solid var(--rule); border-bottom: 0; color: var(--muted); margin-top: 48px; }
main { max-width: 46rem; margin: 0 auto; padding: 16px 20px 32px; }
h1, h2, h3, h4 { line-height: 1.25; font-family: system-ui, sans-serif; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; } h3 { font-size: 1.1rem; } h4 { font-size: 1rem; }
.report .title-line { text-align: center; margin: 0.2em 0; }
.report .align-center { text-align: center; } .report .align-right { text-align: right; }
.report .number { display: inline-block; min-width: 2em; }
.report .approval, .report .time-marker, .report .caption { font-family: system-ui, sans-serif; font-size: 0.9rem; color: var(--muted); }
.report .approval { text-align: center; overflow-wrap: anywhere; }
.report .action, .report .decision { border-left: 4px solid #6f8fb3; padding-left: 12px; }
.report .decision { border-color: #2f5d8a; }
blockquote { border-left: 4px solid var(--rule); margin-left: 0; padding-left: 16px; }
table { border-collapse: collapse; width: 100%; font-family: system-ui, sans-serif; font-size: 0.9rem; margin: 1em 0; }
caption { text-align: left; font-weight: 600; padding-bottom: 4px; }
th, td { border: 1px solid var(--rule); padding: 4px 6px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #eef1f6; }
.record { font-family: system-ui, sans-serif; font-size: 0.95rem; border: 1px solid var(--rule); border-radius: 6px; padding: 4px 16px; margin: 24px 0; }
.record dt { font-weight: 600; } .record dd { margin: 0 0 8px; overflow-wrap: anywhere; }
.downloads { display: flex; flex-wrap: wrap; gap: 8px 16px; padding: 0; list-style: none; }
.reports { padding: 0; list-style: none; } .reports > li { border-bottom: 1px solid var(--rule); padding: 8px 0 12px; }
.reports h2 { margin: 0.3em 0; } .meta { color: var(--muted); font-family: system-ui, sans-serif; font-size: 0.95rem; margin: 0; }
.diff { white-space: pre-wrap; font-family: system-ui, sans-serif; font-size: 0.95rem; border: 1px solid var(--rule); padding: 8px 12px; }
ins { background: #d8f0dc; color: #0c3d1a; text-decoration: underline; } del { background: #f8d7da; color: #6b0d12; }
.verdict { font-family: system-ui, sans-serif; font-size: 1.2rem; font-weight: 700; padding: 12px 16px; border-radius: 6px; }
.verdict.ok { background: #e3f3e7; color: var(--ok); } .verdict.bad { background: #fbe3e4; color: var(--bad); }
form { font-family: system-ui, sans-serif; margin: 16px 0; } label { display: block; font-weight: 600; margin-bottom: 4px; }
input[type=text] { width: 100%; font: inherit; padding: 8px; border: 1px solid #6b7385; border-radius: 4px; }
input[type=file] { font: inherit; max-width: 100%; }
button { font: inherit; margin-top: 8px; padding: 8px 16px; border-radius: 4px; border: 1px solid var(--accent); background: var(--accent); color: #fff; }
code { overflow-wrap: anywhere; }
`;

export const VISUALLY_HIDDEN_STYLE = `.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }`;
