/**
 * English content of <{{tag}}>.
 *
 * PLACEHOLDER written by `npm run new-element`: replace the title and the introduction with this element's
 * own content. Each fact comes from docs/evidence.md with its sources (add a new fact there first), in
 * plain words (US grade 6 to 8), cited by source id; list the same sources in the element's sources.ts.
 * The two intro statements are borrowed word for word from <prp-treatment-comparison>, already sourced,
 * so the skeleton cites real sources and passes the content tests; they are not this element's content.
 */
import type { {{Pascal}}LocaleContent } from '../../components/{{tag}}/types.js';

export const {{camel}}: {{Pascal}}LocaleContent = {
  strings: {
    showMore: 'Show more',
    showLess: 'Show less',
  },
  content: {
    title: 'Placeholder: {{words}}',
    intro: [
      {
        text: 'Most new back pain gets better within a few weeks, whatever the treatment.',
        sources: ['nhs-back-pain'],
      },
      {
        text: 'Exercise is the main treatment that guidelines advise. Use this page to talk about your options with your doctor.',
        sources: ['nice-ng59-bmj', 'acp-2017'],
      },
    ],
  },
};
