/**
 * English content of <prp-process-diagram>. Facts and sources: docs/evidence.md ("How PRP is made",
 * "Image guidance", "Evidence by treatment"). No standard protocol exists, so amounts and spins are given
 * as ranges with "varies".
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
      text: 'PRP is made from your own blood during one visit. Making and injecting it often takes about 20 to 60 minutes.',
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
          text: 'The PRP is injected where your doctor thinks the pain comes from. This may be a joint, or a disc: the soft cushion between the bones of the spine.',
          sources: ['dutch-rct-2024', 'asipp-2019'],
        },
        {
          text: 'The skin is usually numbed first. Injections into a disc are guided by a live X-ray.',
          sources: ['hopkins-esi', 'dutch-rct-2024', 'tuakli-2016'],
        },
      ],
      guidance: {
        ultrasound: {
          text: 'The doctor uses ultrasound to guide the needle and avoid nerves and blood vessels. Ultrasound is a scanner that shows the inside of your body with sound waves.',
          sources: ['jointandspine-safety'],
        },
        fluoroscopy: {
          text: 'The doctor uses fluoroscopy, a live X-ray picture, to guide the needle. Studies of PRP in the disc used it.',
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
      illustration: 'follow-up',
      body: [
        {
          text: 'The area is often sore for a few days. The soreness is usually worst on day 2 or 3, then eases.',
          sources: ['seattle-prp'],
        },
        {
          text: 'Your usual back pain may not improve for up to about 4 weeks. Some people feel better at 2 to 6 weeks.',
          sources: ['seattle-prp', 'jointandspine-timing', 'peng-prp'],
        },
        {
          text: 'Studies are mixed. In the largest study so far (98 people), PRP worked no better than a dummy injection of salt water.',
          sources: ['dutch-rct-2024', 'tuakli-2016', 'chang-park-2021'],
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
