// Eleventy (11ty) with prp-widgets prerendered: a transform runs prp-widgets/ssr's `prerender` over every
// HTML page it writes, so each prp-* element ships with its declarative shadow root. scripts/examples.mjs
// builds it: src/ → dist/.
import { prerender } from 'prp-widgets/ssr';

export default function (eleventyConfig) {
  eleventyConfig.addTransform('prp-widgets', async function (content) {
    return this.page.outputPath?.endsWith('.html') ? prerender(content) : content;
  });
}

export const config = { dir: { input: 'src', output: 'dist' } };
