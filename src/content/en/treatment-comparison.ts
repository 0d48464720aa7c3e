/**
 * English content of <prp-treatment-comparison>. Facts and sources: shared/research/health-content.md
 * (B3 evidence, sessions, costs and risks by treatment; B2 PRP aftercare and timing; B4 PRP guidance;
 * B1 FDA warning). Where the research has no fact for a cell, the cell says "Varies" and sends the reader
 * to their clinic instead of giving a number. No treatment is called "best".
 */
import type { ComparisonLocaleContent } from '../../components/prp-treatment-comparison/types.js';

export const treatmentComparison: ComparisonLocaleContent = {
  strings: {
    caption: 'Comparison of {treatments} for back pain',
    rowHeadings: {
      how: 'How it works',
      procedure: 'How it is done',
      sessions: 'Sessions usually needed',
      downtime: 'Downtime',
      onset: 'How soon it may help',
      duration: 'How long relief may last',
      evidence: 'What the evidence says',
      risks: 'Common risks',
      cost: 'Cost and insurance',
    },
    treatmentHeading: 'Treatment',
    scaleHeading: 'What the evidence words mean',
    highlighted: 'Offered at this clinic',
  },
  content: {
    title: 'PRP and other treatments for back pain',
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
    scale: {
      recommended: {
        label: 'Recommended first',
        meaning: 'Guidelines advise it as a main treatment for back pain.',
      },
      'small-benefit': {
        label: 'Small benefit',
        meaning: 'Moderate-quality studies show a small benefit for some people, for a short time.',
      },
      limited: {
        label: 'Limited or mixed',
        meaning: 'Studies are few, small, or disagree with each other.',
      },
      'not-recommended': {
        label: 'Not recommended for back pain alone',
        meaning: 'UK guidance (NICE) advises against it for back pain that has no other cause.',
      },
    },
    treatments: {
      prp: {
        name: 'PRP injection',
        detail: 'platelet-rich plasma, made from your own blood',
        how: {
          text: 'Your blood is spun to make plasma with more platelets, then injected where your pain may come from. How it is made differs between clinics.',
          sources: ['ijced-prp', 'asipp-2019', 'dutch-rct-2024'],
        },
        procedure: {
          text: 'Blood is taken, spun, then injected. The needle should be guided by X-ray or ultrasound. The visit often takes 20 to 60 minutes.',
          sources: ['sosbones-prp', 'seattle-prp', 'dutch-rct-2024', 'jointandspine-safety'],
        },
        sessions: {
          text: 'Studies in the spine mostly used one shot. Some clinics give 2 or 3 shots, 4 to 8 weeks apart.',
          sources: ['dutch-rct-2024', 'prp-london-faq'],
        },
        downtime: {
          text: 'Normal daily activity is usually fine. Soreness can last 3 to 10 days. Clinics differ on when to restart hard exercise.',
          sources: ['seattle-prp', 'tios-instructions', 'peng-prp'],
        },
        onset: {
          text: 'Slow, if it helps. Feeling sore, worse or no better for up to 4 weeks can be normal. Some people feel better at 2 to 6 weeks.',
          sources: ['jointandspine-timing', 'seattle-prp'],
        },
        duration: {
          text: 'Not well known, because studies are small and mixed. One clinic says the full effect, if any, can take 3 to 6 months.',
          sources: ['chang-park-2021', 'dutch-rct-2024', 'savemed-prp'],
        },
        evidence: {
          level: 'limited',
          text: 'Small studies show benefit, but a 2024 trial of 98 people found no difference at one year. UK guidance advises against it for back pain alone.',
          sources: ['chang-park-2021', 'dutch-rct-2024', 'cadth-rc1485', 'nice-ng59', 'aomrc-ebi-injections'],
        },
        risks: {
          text: 'Soreness or a flare of pain, bruising and infection. Disc infections have been reported after shots into a disc.',
          sources: ['seattle-prp', 'jointandspine-safety', 'dutch-rct-2024'],
        },
        cost: {
          text: 'About $300 to $2,500 per treatment in the US. Insurance usually does not cover it.',
          sources: ['michiganfoot-prp', 'singlecare-prp', 'pmc7005975-cpt'],
        },
      },
      steroid: {
        name: 'Steroid injection',
        detail: 'epidural injection for sciatica (leg pain)',
        how: {
          text: 'A steroid medicine, often with a numbing medicine, is injected near a nerve in your back to ease leg pain.',
          sources: ['nice-ng59', 'cochrane-esi-2020'],
        },
        procedure: {
          text: 'A needle is placed in your back. It should be guided by X-ray or ultrasound. Ask how long the visit takes.',
          sources: ['nice-ng59'],
        },
        sessions: {
          text: 'Varies. Ask your clinic how many shots they suggest.',
          sources: ['cochrane-esi-2020'],
        },
        downtime: {
          text: 'Varies. Ask your clinic.',
          sources: ['cochrane-esi-2020'],
        },
        onset: {
          text: 'Varies. Ask your clinic.',
          sources: ['cochrane-esi-2020'],
        },
        duration: {
          text: 'In studies, any benefit was short-term.',
          sources: ['cochrane-esi-2020'],
        },
        evidence: {
          level: 'small-benefit',
          text: 'Moderate-quality studies show a small, short-term benefit for leg pain from sciatica. UK guidance says it may be an option only for new, severe sciatica, not for long-term back pain.',
          sources: ['cochrane-esi-2020', 'nice-ng59'],
        },
        risks: {
          text: 'Side effects were similar to a fake shot in studies. Steroids are not FDA-approved for shots into the spine. The FDA warns of rare, serious problems: vision loss, stroke, paralysis, death.',
          sources: ['cochrane-esi-2020', 'fda-esi-2014'],
        },
        cost: {
          text: 'Varies. Ask your clinic and your insurer.',
          sources: ['cochrane-esi-2020'],
        },
      },
      prolotherapy: {
        name: 'Prolotherapy',
        detail: 'sugar solution (dextrose) injections',
        how: {
          text: 'A sugar solution is injected where ligaments and tendons attach to bone. It is meant to irritate the area for a short time.',
          sources: ['rabago-2010'],
        },
        procedure: {
          text: 'Small shots are given at several spots in your back. Ask how long the visit takes.',
          sources: ['rabago-2010'],
        },
        sessions: {
          text: 'A series of visits. How many, and how far apart, varies.',
          sources: ['rabago-2010'],
        },
        downtime: {
          text: 'Extra pain and stiffness for a short time are common. Ask your clinic about activity.',
          sources: ['cochrane-prolotherapy'],
        },
        onset: {
          text: 'Varies. Ask your clinic.',
          sources: ['rabago-2010'],
        },
        duration: {
          text: 'Not well known. Ask your clinic.',
          sources: ['cochrane-prolotherapy'],
        },
        evidence: {
          level: 'not-recommended',
          text: 'On its own, it worked no better than comparison shots in studies. UK guidance advises against it for back pain alone.',
          sources: ['cochrane-prolotherapy', 'aomrc-ebi-injections'],
        },
        risks: {
          text: 'Extra pain and stiffness for a short time are common.',
          sources: ['cochrane-prolotherapy'],
        },
        cost: {
          text: 'Varies. Ask your clinic and your insurer.',
          sources: ['rabago-2010'],
        },
      },
      rfa: {
        name: 'Radiofrequency ablation (RFA)',
        detail: 'treats small nerves in the back',
        how: {
          text: 'A special needle uses radio waves to stop small nerves in your back from sending pain signals. The nerves slowly grow back.',
          sources: ['nice-qs155', 'cleveland-rfa', 'rapaindocs-rfa'],
        },
        procedure: {
          text: 'First, a test shot numbs the nerves. If that helps, a needle is used to treat them.',
          sources: ['nice-qs155'],
        },
        sessions: {
          text: 'A test shot first, then the treatment. It can be repeated if the pain comes back.',
          sources: ['nice-qs155', 'rapaindocs-rfa'],
        },
        downtime: {
          text: 'Varies. Ask your clinic.',
          sources: ['cleveland-rfa'],
        },
        onset: {
          text: 'The full effect usually shows 1 to 3 weeks after.',
          sources: ['cleveland-rfa', 'rapaindocs-rfa'],
        },
        duration: {
          text: 'Often about 3 to 12 months, sometimes longer, because the nerves grow back.',
          sources: ['cleveland-rfa', 'rapaindocs-rfa'],
        },
        evidence: {
          level: 'limited',
          text: 'Large trials found little or no extra help when added to exercise. UK guidance limits it to some cases, after a test shot works.',
          sources: ['mint-2017', 'nice-qs155'],
        },
        risks: {
          text: 'Our sources do not list them. Ask your doctor about the risks.',
          sources: ['cleveland-rfa'],
        },
        cost: {
          text: 'Varies. Ask your clinic and your insurer.',
          sources: ['cleveland-rfa'],
        },
      },
      'physical-therapy': {
        name: 'Physical therapy',
        detail: 'exercise-based',
        how: {
          text: 'You do exercises to stretch, build strength and stay fit. This can include group classes or yoga.',
          sources: ['nice-ng59-bmj', 'acp-2017'],
        },
        procedure: {
          text: 'No needles. A therapist guides your exercise, often in a group.',
          sources: ['nice-ng59-bmj'],
        },
        sessions: {
          text: 'Varies. Ask your therapist how many sessions to plan for.',
          sources: ['nice-ng59-bmj'],
        },
        downtime: {
          text: 'Usually none. The exercise is the treatment.',
          sources: ['nice-ng59-bmj'],
        },
        onset: {
          text: 'Varies. Ask your therapist.',
          sources: ['nice-ng59-bmj'],
        },
        duration: {
          text: 'Varies. Ask your therapist.',
          sources: ['nice-ng59-bmj'],
        },
        evidence: {
          level: 'recommended',
          text: 'UK and US guidelines advise exercise as a main, first treatment for back pain.',
          sources: ['nice-ng59-bmj', 'acp-2017'],
        },
        risks: {
          text: 'Our sources do not list them. Ask your therapist.',
          sources: ['nice-ng59-bmj'],
        },
        cost: {
          text: 'Varies. Ask your clinic and your insurer.',
          sources: ['nice-ng59-bmj'],
        },
      },
      surgery: {
        name: 'Spinal fusion surgery',
        detail: 'joins bones in the spine',
        how: {
          text: 'An operation joins bones in your spine so they heal together.',
          sources: ['aomrc-ebi-fusion'],
        },
        procedure: {
          text: 'An operation in a hospital. Ask your surgeon what it involves.',
          sources: ['aomrc-ebi-fusion'],
        },
        sessions: {
          text: 'One operation, but some people need another.',
          sources: ['froholdt-2012'],
        },
        downtime: {
          text: 'Varies. Ask your surgeon.',
          sources: ['aomrc-ebi-fusion'],
        },
        onset: {
          text: 'Varies. Ask your surgeon.',
          sources: ['aomrc-ebi-fusion'],
        },
        duration: {
          text: 'Not well known. After 9 years, one trial found no difference from care without surgery.',
          sources: ['froholdt-2012'],
        },
        evidence: {
          level: 'not-recommended',
          text: 'Trials found it no better, or only a little better, than intensive rehab programs. UK guidance advises against it for back pain alone.',
          sources: ['fairbank-2005', 'froholdt-2012', 'nice-ng59', 'aomrc-ebi-fusion'],
        },
        risks: {
          text: 'In one trial, about 1 in 3 people had another operation within 9 years. Ask your surgeon about other risks.',
          sources: ['froholdt-2012'],
        },
        cost: {
          text: 'Varies. Ask your surgeon and your insurer.',
          sources: ['aomrc-ebi-fusion'],
        },
      },
    },
  },
};
