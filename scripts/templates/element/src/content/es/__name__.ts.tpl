/**
 * Spanish content of <{{tag}}>. It mirrors the English file (src/content/en/{{name}}.ts) key for key.
 *
 * PLACEHOLDER written by `npm run new-element`: translate this element's own content once the English is
 * written, and have a native speaker review it. The intro statements are <prp-treatment-comparison>'s.
 * Plain Latin-American Spanish, formal "usted".
 */
import type { {{Pascal}}LocaleContent } from '../../components/{{tag}}/types.js';

export const {{camel}}: {{Pascal}}LocaleContent = {
  strings: {
    showMore: 'Mostrar más',
    showLess: 'Mostrar menos',
  },
  content: {
    title: 'Texto provisional: {{words}}',
    intro: [
      {
        text: 'La mayoría de los dolores de espalda nuevos mejoran en pocas semanas, sin importar el tratamiento.',
        sources: ['nhs-back-pain'],
      },
      {
        text: 'El ejercicio es el tratamiento principal que recomiendan las guías médicas. Use esta página para hablar de sus opciones con su médico.',
        sources: ['nice-ng59-bmj', 'acp-2017'],
      },
    ],
  },
};
