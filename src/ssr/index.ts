/**
 * `prp-widgets/ssr`: the elements rendered on a server (Node), as HTML with a declarative shadow root and
 * its styles, so a page shows the whole widget before (or without) any script. The script tag, loaded
 * after it, hydrates each element in place. See the README, "Prerendered widgets".
 *
 * ```js
 * import { prerender, render } from 'prp-widgets/ssr';
 * const one = await render('prp-doctor-checklist', { context: 'back-pain', lang: 'es' });
 * const page = await prerender('<main><prp-faq lang="es"></prp-faq></main>');
 * ```
 */
export { prerender } from './prerender.js';
export { render, type RenderOptions, type Tag, TAGS } from './render.js';
