/**
 * The built-in stylesheet: readable on screen, on a phone and on paper, without web fonts or
 * scripts. Pages that embed a fragment use their own styles instead.
 */
export const stylesheet = `
:root {
  color-scheme: light;
  --text: #1d2327;
  --muted: #55606a;
  --accent: #0b5c8c;
  --rule: #d6dde3;
  --panel: #f4f7f9;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0;
  background: #fff;
  color: var(--text);
  font: 1.0625rem/1.65 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
}
.privacy-statement {
  max-width: 46rem;
  margin: 0 auto;
  padding: 3rem 1.5rem 4rem;
  overflow-wrap: break-word;
  hyphens: auto;
}
.privacy-statement h1 {
  font-size: 2.1rem;
  line-height: 1.2;
  margin: 0 0 0.4rem;
  letter-spacing: -0.01em;
}
.privacy-statement h1 + p { color: var(--muted); margin-top: 0; }
.privacy-statement h2 {
  font-size: 1.4rem;
  line-height: 1.3;
  margin: 2.6rem 0 0.8rem;
  padding-top: 1.2rem;
  border-top: 1px solid var(--rule);
}
.privacy-statement h3 { font-size: 1.12rem; line-height: 1.35; margin: 1.8rem 0 0.5rem; }
.privacy-statement p, .privacy-statement ul, .privacy-statement ol { margin: 0 0 0.9rem; }
.privacy-statement ul, .privacy-statement ol { padding-left: 1.4rem; }
.privacy-statement li { margin: 0.25rem 0; }
.privacy-statement li > p { margin: 0.3rem 0; }
.privacy-statement a { color: var(--accent); text-underline-offset: 0.15em; }
.privacy-statement a:hover { text-decoration-thickness: 2px; }
.privacy-statement h2[id], .privacy-statement h3[id] { scroll-margin-top: 1rem; }
.privacy-statement nav.contents {
  background: var(--panel);
  border-radius: 6px;
  padding: 1rem 1.25rem 0.6rem;
  margin: 1.8rem 0 0;
}
.privacy-statement nav.contents h2 {
  font-size: 0.95rem;
  text-transform: uppercase;
  letter-spacing: 0.06em;
  color: var(--muted);
  border: 0;
  margin: 0 0 0.4rem;
  padding: 0;
}
.privacy-statement nav.contents ul { list-style: none; margin: 0 0 0.4rem; padding-left: 0; columns: 2 18rem; column-gap: 2rem; }
.privacy-statement nav.contents li { margin: 0 0 0.3rem; break-inside: avoid; }
.privacy-statement nav.alternatives ul { list-style: none; margin: 0 0 1.6rem; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.1rem; font-size: 0.95rem; }
.privacy-statement nav.alternatives li { margin: 0; }
.privacy-statement nav.alternatives [aria-current] { font-weight: 600; }
.privacy-statement nav.alternatives .pdf { margin-left: auto; }
#objection + p, #objection ~ p:first-of-type { font-weight: 500; }
@media (max-width: 36rem) {
  body { font-size: 1rem; }
  .privacy-statement { padding: 1.5rem 1rem 3rem; }
  .privacy-statement h1 { font-size: 1.7rem; }
}
@media print {
  @page { size: A4; margin: 20mm 18mm 22mm; }
  body { font-size: 10.5pt; line-height: 1.5; }
  .privacy-statement { max-width: none; padding: 0; }
  .privacy-statement h2 { break-after: avoid; page-break-after: avoid; margin-top: 1.6rem; }
  .privacy-statement h3 { break-after: avoid; page-break-after: avoid; }
  .privacy-statement li, .privacy-statement p { orphans: 3; widows: 3; }
  .privacy-statement a { color: inherit; }
  .privacy-statement nav.contents, .privacy-statement nav.alternatives { display: none; }
}
`.trim();
