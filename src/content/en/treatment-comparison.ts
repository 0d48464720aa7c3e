/**
 * English content of <prp-treatment-comparison>. Facts and sources: docs/evidence.md ("Evidence by
 * treatment", "What guidelines say", "Risks of injections"). What studies show and what guidelines say
 * are separate rows, each on its own scale. Every injection gets the same kind of risk list. Where no
 * source gives a fact, the cell only sends the reader to their clinic and cites nothing. No treatment is
 * called "best".
 */
import type { ComparisonLocaleContent } from '../../components/prp-treatment-comparison/types.js';

/** The rare risks every injection in the back shares, as sourced in docs/evidence.md. */
const injectionRisks =
  'Rare: infection, bleeding, nerve injury, or a headache if the needle punctures the fluid sac around the nerves.';
const injectionRiskSources = ['hopkins-esi', 'yoon-choi-2024'];

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
      studies: 'What studies show',
      guidelines: 'What guidelines say',
      risks: 'Risks',
      cost: 'Cost and insurance',
    },
    treatmentHeading: 'Treatment',
    scaleHeading: 'What the evidence words mean',
    scaleHeadings: { studies: 'What studies show', guidelines: 'What guidelines say' },
    highlighted: 'Offered at this clinic',
    offeredDisclosure:
      'This clinic offers {treatment}. The facts about each treatment are the same whether or not a clinic offers it.',
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
    scales: {
      studies: {
        'small-benefit': { label: 'Small benefit', meaning: 'Good studies show a small benefit for some people.' },
        mixed: { label: 'Mixed results', meaning: 'Studies are few or small, or they disagree with each other.' },
        'no-better': {
          label: 'Little or no benefit',
          meaning:
            'In the larger studies, it worked no better, or only a little better, than a dummy treatment or other care.',
        },
      },
      guidelines: {
        recommended: { label: 'Advised first', meaning: 'Guidelines advise it as a first treatment for back pain.' },
        'some-cases': {
          label: 'Only in some cases',
          meaning: 'Guidelines say it may be an option only for some people.',
        },
        'not-recommended': {
          label: 'Advised against',
          meaning: 'UK guidance (NICE) says not to offer it for back pain without leg pain.',
        },
      },
    },
    treatments: {
      prp: {
        name: 'PRP injection',
        detail: 'platelet-rich plasma, made from your own blood',
        how: {
          text: 'Your blood is spun to make plasma with more platelets. It is injected where your pain may come from. How it is made differs between clinics.',
          sources: ['ijced-prp', 'asipp-2019', 'dutch-rct-2024'],
        },
        procedure: {
          text: 'Blood is taken, spun, then injected. The needle should be guided by a live X-ray or ultrasound. Injections into a disc use X-ray.',
          sources: ['dutch-rct-2024', 'tuakli-2016', 'jointandspine-safety'],
        },
        sessions: {
          text: 'Studies in the spine mostly used one injection. Some clinics give 2 or 3 injections, 4 to 8 weeks apart.',
          sources: ['dutch-rct-2024', 'tuakli-2016', 'prp-london-faq'],
        },
        downtime: {
          text: 'Normal daily activity is usually fine. Soreness can last 3 to 10 days. Clinics differ on when to restart hard exercise.',
          sources: ['seattle-prp', 'tios-instructions', 'peng-prp'],
        },
        onset: {
          text: 'Slow, if it helps. Your usual back pain may not improve for up to about 4 weeks. Some people feel better at 2 to 6 weeks.',
          sources: ['seattle-prp', 'jointandspine-timing'],
        },
        duration: {
          text: 'Not well known, because studies are small and mixed. One clinic says the full effect, if any, can take 3 to 6 months.',
          sources: ['chang-park-2021', 'dutch-rct-2024', 'savemed-prp'],
        },
        studies: {
          level: 'mixed',
          text: 'Small studies found less pain, including a trial of 47 people in 2016. The largest study so far (98 people, 2024) found no difference from a dummy injection at one year.',
          sources: ['tuakli-2016', 'chang-park-2021', 'cadth-rc1485', 'dutch-rct-2024'],
        },
        guidelines: {
          level: 'not-recommended',
          text: 'UK guidance (NICE) says not to offer injections for back pain without leg pain. A US group of pain doctors (ASIPP) rates the evidence for PRP as low.',
          sources: ['nice-ng59', 'aomrc-ebi-injections', 'asipp-2019'],
        },
        risks: {
          text: `Soreness or a flare of pain, and bruising. ${injectionRisks} A disc infection after an injection into a disc may need surgery.`,
          sources: ['seattle-prp', ...injectionRiskSources, 'dutch-rct-2024', 'bmri-2022-prp'],
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
          text: 'The skin is numbed, then a needle is placed in your back. It should be guided by a live X-ray or ultrasound.',
          sources: ['hopkins-esi', 'nice-ng59'],
        },
        sessions: { text: 'Ask your clinic how many injections they suggest.', ask: true },
        downtime: {
          text: 'You usually go home soon after. You may do less than usual for a few days.',
          sources: ['hopkins-esi', 'uwhealth-esi-home'],
        },
        onset: {
          text: 'If the steroid helps, it often starts to work in 1 to 5 days.',
          sources: ['uwhealth-esi-home', 'hopkins-esi'],
        },
        duration: {
          text: 'In studies, any benefit was short-term: up to about 3 months.',
          sources: ['cochrane-esi-2020', 'aafp-2021-esi'],
        },
        studies: {
          level: 'small-benefit',
          text: 'Moderate-quality studies show a small, short-term benefit for leg pain from sciatica.',
          sources: ['cochrane-esi-2020'],
        },
        guidelines: {
          level: 'some-cases',
          text: 'UK guidance (NICE) says it may be an option for new, severe sciatica. It says not to use it for back pain without leg pain, or for long-term back pain.',
          sources: ['nice-ng59'],
        },
        risks: {
          text: `${injectionRisks} The FDA warns of rare but serious problems: vision loss, stroke, paralysis or death.`,
          sources: [...injectionRiskSources, 'fda-esi-2014'],
        },
        cost: { text: 'Ask your clinic and your insurer what it will cost you.', ask: true },
      },
      prolotherapy: {
        name: 'Prolotherapy',
        detail: 'sugar solution (dextrose) injections',
        how: {
          text: 'A sugar solution is injected where ligaments and tendons attach to bone. It is meant to irritate the area for a short time.',
          sources: ['rabago-2010'],
        },
        procedure: { text: 'Small injections are given at several spots in your back.', sources: ['rabago-2010'] },
        sessions: { text: 'A series of visits. How many, and how far apart, varies.', sources: ['rabago-2010'] },
        downtime: {
          text: 'Extra pain and stiffness for a short time are common. Ask your clinic about activity.',
          sources: ['cochrane-prolotherapy'],
        },
        onset: { text: 'Ask your clinic when you might notice a change.', ask: true },
        duration: { text: 'Ask your clinic how long any relief may last.', ask: true },
        studies: {
          level: 'no-better',
          text: 'On its own, it worked no better than dummy injections in studies.',
          sources: ['cochrane-prolotherapy'],
        },
        guidelines: {
          level: 'not-recommended',
          text: 'UK guidance says not to offer it for back pain without leg pain.',
          sources: ['aomrc-ebi-injections'],
        },
        risks: {
          text: `Extra pain and stiffness for a short time are common. ${injectionRisks}`,
          sources: ['cochrane-prolotherapy', ...injectionRiskSources],
        },
        cost: { text: 'Ask your clinic and your insurer what it will cost you.', ask: true },
      },
      rfa: {
        name: 'Radiofrequency ablation (RFA)',
        detail: 'treats small nerves in the back with heat',
        how: {
          text: 'A special needle heats small nerves in your back so they stop sending pain signals. The nerves slowly grow back.',
          sources: ['cleveland-rfa', 'rapaindocs-rfa'],
        },
        procedure: {
          text: 'First, a test injection numbs the nerves. If that helps, a needle is used to treat them.',
          sources: ['nice-qs155'],
        },
        sessions: {
          text: 'A test injection first, then the treatment. It can be repeated if the pain comes back.',
          sources: ['nice-qs155', 'rapaindocs-rfa'],
        },
        downtime: {
          text: 'Do not drive for 24 hours. Most people return to normal activities the next day.',
          sources: ['clevelandclinic-rfa'],
        },
        onset: {
          text: 'The full effect usually shows 1 to 3 weeks after.',
          sources: ['cleveland-rfa', 'rapaindocs-rfa'],
        },
        duration: {
          text: 'Often about 3 to 12 months, sometimes longer, because the nerves grow back.',
          sources: ['cleveland-rfa', 'rapaindocs-rfa'],
        },
        studies: {
          level: 'no-better',
          text: 'Large trials (681 people) found little or no extra help when RFA was added to exercise.',
          sources: ['mint-2017'],
        },
        guidelines: {
          level: 'some-cases',
          text: 'UK guidance says to consider it only in some cases: the pain is thought to come from the facet-joint nerves, and other care has not helped. A test injection must work first.',
          sources: ['nice-qs155', 'nice-ng59'],
        },
        risks: {
          text: 'For a short time: numbness or weakness in the legs, swelling and bruising. Infection and bleeding are uncommon.',
          sources: ['clevelandclinic-rfa'],
        },
        cost: { text: 'Ask your clinic and your insurer what it will cost you.', ask: true },
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
        sessions: { text: 'Ask your therapist how many sessions to plan for.', ask: true },
        downtime: { text: 'Usually none. The exercise is the treatment.', sources: ['nice-ng59-bmj'] },
        onset: { text: 'Ask your therapist when you might notice a change.', ask: true },
        duration: { text: 'Ask your therapist how to keep up the benefit.', ask: true },
        studies: {
          level: 'small-benefit',
          text: 'Studies show exercise can ease pain and help daily function a little.',
          sources: ['acp-2017'],
        },
        guidelines: {
          level: 'recommended',
          text: 'UK and US guidelines advise exercise as a main, first treatment for back pain.',
          sources: ['nice-ng59-bmj', 'acp-2017'],
        },
        risks: { text: 'Ask your therapist about any risks for you.', ask: true },
        cost: { text: 'Ask your clinic and your insurer what it will cost you.', ask: true },
      },
      surgery: {
        name: 'Spinal fusion surgery',
        detail: 'joins bones in the spine',
        how: { text: 'An operation joins bones in your spine so they heal together.', sources: ['aomrc-ebi-fusion'] },
        procedure: {
          text: 'An operation in a hospital. Ask your surgeon what it involves.',
          sources: ['aomrc-ebi-fusion'],
        },
        sessions: { text: 'One operation, but some people need another.', sources: ['froholdt-2012'] },
        downtime: { text: 'Ask your surgeon how long recovery takes.', ask: true },
        onset: { text: 'Ask your surgeon when you might notice a change.', ask: true },
        duration: {
          text: 'Not well known. After 9 years, one trial found no difference from care without surgery.',
          sources: ['froholdt-2012'],
        },
        studies: {
          level: 'no-better',
          text: 'Trials found it no better, or only a little better, than intensive rehab programs.',
          sources: ['fairbank-2005', 'froholdt-2012'],
        },
        guidelines: {
          level: 'not-recommended',
          text: 'UK guidance says not to offer it for back pain without leg pain, except in a research study. It may be offered for a serious cause, such as a tumor.',
          sources: ['nice-ng59', 'aomrc-ebi-fusion'],
        },
        risks: {
          text: 'In one trial, about 1 in 3 people had another operation within 9 years. Ask your surgeon about other risks.',
          sources: ['froholdt-2012'],
        },
        cost: { text: 'Ask your surgeon and your insurer what it will cost you.', ask: true },
      },
    },
  },
};
