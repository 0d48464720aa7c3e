/** Clinic pages for the embedding suite: the snippet as documented, and the hostile ground around it. */

export const TAGS = [
  'prp-recovery-timeline',
  'prp-doctor-checklist',
  'prp-process-diagram',
  'prp-treatment-comparison',
  'prp-faq',
] as const;

export const CDN_MODULE = '/dist/cdn/prp-widgets.js';
export const CDN_CLASSIC = '/dist/cdn/prp-widgets.iife.js';
export const RESERVE_CSS = '/dist/cdn/prp-widgets.css';
/** A strict Content Security Policy, sent as a header: no inline script or style, nothing from elsewhere. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";

export const moduleScript = (src = CDN_MODULE) => `<script type="module" src="${src}"></script>`;
export const classicScript = (src = CDN_CLASSIC, defer = false) =>
  `<script src="${src}"${defer ? ' defer' : ''}></script>`;
export const stylesheet = (href: string) => `<link rel="stylesheet" href="${href}">`;

/** One of each element, as a clinic would paste them, each with fallback content for when the script fails. */
export const ALL_ELEMENTS = `
  <prp-recovery-timeline id="timeline" procedure-date="2026-11-12" today="2026-11-21" clinic-name="Riverside Spine" clinic-phone="(555) 013-2480">
    <h2 class="fallback">Your recovery after a PRP injection</h2>
    <p class="fallback"><a href="/recovery-guide">Read our recovery guide</a></p>
  </prp-recovery-timeline>
  <prp-doctor-checklist id="checklist" mode="checklist" clinic-phone="(555) 013-2480">
    <p class="fallback"><a href="/when-to-call">When to call us</a></p>
  </prp-doctor-checklist>
  <prp-process-diagram id="diagram">
    <p class="fallback"><a href="/prp-visit">What happens at your visit</a></p>
  </prp-process-diagram>
  <prp-treatment-comparison id="comparison" highlight="prp">
    <p class="fallback"><a href="/treatments">Compare treatments</a></p>
  </prp-treatment-comparison>
  <prp-faq id="faq" searchable>
    <p class="fallback"><a href="/questions">Questions about PRP</a></p>
  </prp-faq>`;

export interface ClinicPageOptions {
  readonly head?: string;
  readonly body?: string;
  readonly dir?: 'ltr' | 'rtl';
  readonly lang?: string;
}

/** A whole page: no inline script or style, so it also works under a strict CSP. */
export function clinicPage({
  head = moduleScript(),
  body = ALL_ELEMENTS,
  dir = 'ltr',
  lang = 'en',
}: ClinicPageOptions = {}): string {
  return `<!doctype html>
<html lang="${lang}" dir="${dir}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Riverside Spine &amp; Pain Center</title>
    ${head}
  </head>
  <body>
    <main class="column">${body}</main>
  </body>
</html>`;
}

/**
 * The kind of CSS old WordPress themes and the big frameworks ship: a global reset, a 62.5% root size,
 * content-box everywhere with `line-height: 1`, `!important` colours and margins on the tags the widgets
 * use, and text styling that inherits (transforms, justification, indents). Letter and word spacing are not
 * here: the widgets inherit them on purpose, for a reader's text-spacing style sheet (reader-settings.test.ts).
 */
export const HOSTILE_CSS = `
html { font-size: 62.5% !important; }
html, body, div, span, h1, h2, h3, h4, h5, h6, p, a, ul, ol, li, table, tr, th, td, button, input, svg, section, fieldset, legend {
  margin: 0; padding: 0; border: 0; font-size: 100%; font: inherit; vertical-align: baseline;
}
* { box-sizing: content-box !important; line-height: 1 !important; }
body { color: #f0f !important; background: #ffe; font: italic 1.3rem/1 Georgia, serif; text-transform: uppercase; text-align: justify; text-indent: 3em; white-space: pre-line;
  font-weight: 300; font-variant: small-caps; }
h2, ul, li, button, table, svg { color: red !important; margin: 40px !important; padding: 20px !important;
  font-size: 30px !important; border: 3px dotted red !important; width: 50% !important; display: inline !important; }
button { background: black !important; min-height: 0 !important; }
svg { fill: red !important; stroke: blue !important; height: 10px !important; }
section, fieldset { display: inline-block !important; }
`;

/** The fixed column both the clean and the hostile page put the widgets in, so only the hostile rules differ. */
export const COLUMN_CSS = `.column { display: block; width: 720px; margin: 0 auto; } .column > * { margin-block: 24px; }`;

/**
 * An import map that resolves `lit` for the npm build (`dist/index.js`, with `lit` external), as an app
 * or a no-build page would. Lit's packages import each other by bare name, so each gets a prefix entry.
 */
export const LIT_IMPORT_MAP = `<script type="importmap">${JSON.stringify({
  imports: {
    lit: '/node_modules/lit/index.js',
    'lit/': '/node_modules/lit/',
    'lit-html': '/node_modules/lit-html/lit-html.js',
    'lit-html/': '/node_modules/lit-html/',
    'lit-element/': '/node_modules/lit-element/',
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
  },
})}</script>`;
