/**
 * English content of <prp-process-diagram> for prolotherapy, in its own module so pages about PRP never
 * download it (the element loads it when `procedure="prolotherapy"`). Sources as in ./process-diagram.ts.
 */
import type { DiagramContent } from '../../components/prp-process-diagram/types.js';

export const prolotherapy: DiagramContent = {
  title: 'How prolotherapy is given',
  intro: [
    {
      text: 'Prolotherapy is a series of injections where ligaments and tendons attach to bone. These are tough bands that hold bones and muscles together. The injections are often a sugar solution (dextrose).',
      sources: ['rabago-2010'],
    },
  ],
  steps: [
    {
      id: 'assessment',
      title: 'Check-up',
      illustration: 'assessment',
      body: [
        { text: 'Your doctor checks your back and decides where to give the injections.', sources: ['rabago-2010'] },
      ],
    },
    {
      id: 'solution',
      title: 'Preparing the solution',
      illustration: 'solution',
      body: [
        { text: 'A small amount of a strong sugar solution, usually dextrose, is prepared.', sources: ['rabago-2010'] },
      ],
    },
    {
      id: 'injection',
      title: 'Injections',
      illustration: 'injection',
      body: [
        {
          text: 'The doctor gives small injections where the ligaments and tendons attach to bone.',
          sources: ['rabago-2010'],
        },
      ],
    },
    {
      id: 'response',
      title: 'A short irritation',
      illustration: 'soreness',
      body: [
        {
          text: 'The solution is meant to irritate the area for a short time. Extra pain and stiffness for a short time are common.',
          sources: ['rabago-2010', 'cochrane-prolotherapy'],
        },
      ],
    },
    {
      id: 'repeat',
      title: 'Repeat visits',
      illustration: 'repeat',
      body: [
        {
          text: 'The injections are given over a series of visits. How many, and how far apart, varies.',
          sources: ['rabago-2010'],
        },
        {
          text: 'In studies, prolotherapy alone worked no better than dummy injections.',
          sources: ['cochrane-prolotherapy'],
        },
      ],
    },
  ],
};
