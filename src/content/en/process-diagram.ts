/**
 * English content of <prp-process-diagram>. Facts and sources: shared/research/health-content.md
 * (B4 "How PRP is made": blood volume, spins, layers, concentration, guidance; B3 prolotherapy and visit
 * length). No standard protocol exists, so amounts and spins are given as ranges with "varies".
 */
import type { DiagramBaseContent, DiagramContent } from '../../components/prp-process-diagram/types.js';

const prp: DiagramContent = {
  title: 'How PRP is made and given',
  intro: [
    {
      text: 'PRP stands for platelet-rich plasma. Plasma is the liquid part of your blood. Platelets are tiny cells in your blood.',
      sources: ['ijced-prp'],
    },
    {
      text: 'PRP is made from your own blood during one visit. The visit often takes about 20 to 60 minutes.',
      sources: ['sosbones-prp', 'seattle-prp'],
    },
    {
      text: 'There is no standard recipe. The amount of blood, the number of spins and the strength of the PRP differ between clinics.',
      sources: ['asipp-2019'],
    },
  ],
  steps: [
    {
      id: 'blood-draw',
      title: 'Blood draw',
      illustration: 'blood-draw',
      body: [
        {
          text: 'A small amount of blood is taken from a vein in your arm, often about 15 to 20 mL (3 to 4 teaspoons).',
          sources: ['sosbones-prp'],
        },
        {
          text: 'The amount varies. In studies of PRP in the disc, most took 30 to 60 mL (2 to 4 tablespoons). Some took less or much more.',
          sources: ['pmc7704139-volumes'],
        },
      ],
    },
    {
      id: 'centrifuge',
      title: 'Spinning the blood',
      illustration: 'centrifuge',
      body: [
        {
          text: 'The tube goes into a machine called a centrifuge. It spins the tube to separate the parts of your blood.',
          sources: ['pmc7607802-spins', 'bioeng-2023-layers'],
        },
        {
          text: 'Some clinics spin it once. Others spin it twice: a gentle spin to take out red cells, then a harder spin to pack the platelets closer together. Two spins usually make stronger PRP.',
          sources: ['pmc7607802-spins'],
        },
      ],
    },
    {
      id: 'separation',
      title: 'Separating the layers',
      illustration: 'layers',
      body: [
        {
          text: 'Red blood cells sink to the bottom. Above them is a thin whitish layer, the buffy coat, with white cells and platelets. Plasma is on top.',
          sources: ['bioeng-2023-layers'],
        },
        {
          text: 'The clinic collects the part richest in platelets. It often has about 2 to 7 times more platelets than your blood, depending on the method.',
          sources: ['ijced-prp', 'pmc7607802-spins'],
        },
      ],
    },
    {
      id: 'injection',
      title: 'Guided injection',
      illustration: 'guided-injection',
      body: [
        {
          text: 'The PRP is injected into the part of your back your doctor thinks is causing pain, such as a disc or a joint.',
          sources: ['dutch-rct-2024', 'asipp-2019'],
        },
      ],
      guidance: {
        ultrasound: {
          text: 'The doctor uses ultrasound, a scanner that shows the inside of your body with sound waves, to guide the needle and avoid nerves and blood vessels.',
          sources: ['jointandspine-safety'],
        },
        fluoroscopy: {
          text: 'The doctor uses fluoroscopy, a live X-ray picture, to guide the needle. Studies of PRP in the disc used this.',
          sources: ['dutch-rct-2024'],
        },
        both: {
          text: 'The doctor guides the needle with a live picture: ultrasound (sound waves) or fluoroscopy (a live X-ray).',
          sources: ['jointandspine-safety', 'dutch-rct-2024'],
        },
      },
    },
    {
      id: 'healing',
      title: 'After the injection',
      illustration: 'tissue-repair',
      body: [
        { text: 'The area is often sore for a few days.', sources: ['seattle-prp'] },
        {
          text: 'Feeling worse or no better for up to 4 weeks is normal. Any change often shows at 2 to 6 weeks, and the full effect can take 3 to 6 months.',
          sources: ['seattle-prp', 'jointandspine-timing', 'peng-prp', 'savemed-prp'],
        },
        {
          text: 'Studies are mixed. In one large study, PRP worked no better than a comparison shot.',
          sources: ['dutch-rct-2024', 'chang-park-2021'],
        },
      ],
    },
  ],
};


export const strings: DiagramBaseContent['strings'] = {
  stepOf: 'Step {n} of {count}',
  stepsLabel: 'Steps',
  previous: 'Previous',
  next: 'Next',
  pause: 'Pause',
  play: 'Play',
  done: 'done',
  current: 'current step',
  labels: {
    plasma: 'Plasma',
    buffyCoat: 'Buffy coat',
    redCells: 'Red cells',
    probe: 'Probe',
    needle: 'Needle',
    xray: 'X-ray',
    dextrose: 'Dextrose',
  },
};

/** What the element always needs in this language: its labels and the PRP content. */
export const processDiagramBase: DiagramBaseContent = { strings, prp };

