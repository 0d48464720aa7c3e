/**
 * English content of <prp-faq>. Facts and sources: shared/research/health-content.md (B1 red flags,
 * B2 aftercare and timing, B3 evidence, sessions, costs and risks by treatment, B4 how PRP is made).
 * Where the research has no source for a question (PRP after fusion, pain when sitting, hip or back),
 * the answer says so and keeps to sourced facts. The emergency answer reuses the shared red-flag
 * statements word for word; chest pain and a serious accident (the checklist's other emergency signs)
 * sit in its first statement, because an answer holds at most 4 statements.
 */
import type { FaqLocaleContent } from '../../components/prp-faq/types.js';
import { redFlags } from './red-flags.js';

export const faq: FaqLocaleContent = {
  strings: {
    searchLabel: 'Search the questions',
    resultsOne: '1 question matches.',
    resultsMany: '{count} questions match.',
    resultsNone: 'No questions match. Try another word.',
    expandAll: 'Show all answers',
    collapseAll: 'Hide all answers',
  },
  content: {
    title: 'Questions about PRP injections for back pain',
    intro: [
      {
        text: 'These answers are general. Clinics give different advice, so follow the plan your own clinic gives you.',
        sources: ['seattle-prp', 'tios-instructions', 'prp-london-faq'],
      },
      {
        text: 'There is no standard way to make PRP, and studies of PRP for back pain have mixed results.',
        sources: ['asipp-2019', 'dutch-rct-2024', 'chang-park-2021'],
      },
    ],
    questions: [
      {
        id: 'what-is-prp',
        topics: ['prp'],
        question: 'What is PRP?',
        answer: [
          {
            text: 'PRP stands for platelet-rich plasma. It is made from your own blood and has more platelets, tiny cells in blood, than normal blood does.',
            sources: ['ijced-prp'],
          },
          {
            text: 'It is injected where your doctor thinks your pain comes from, such as a disc or a joint.',
            sources: ['dutch-rct-2024', 'asipp-2019'],
          },
          {
            text: 'Studies of PRP for back pain have mixed results. It does not help everyone.',
            sources: ['dutch-rct-2024', 'chang-park-2021'],
          },
        ],
      },
      {
        id: 'does-it-hurt',
        topics: ['prp', 'recovery'],
        question: 'Does a PRP injection hurt?',
        answer: [
          {
            text: 'Soreness, bruising and some swelling at the injection area are common afterward.',
            sources: ['seattle-prp'],
          },
          {
            text: 'Soreness is often worst on day 2 or 3. It can last 3 to 10 days.',
            sources: ['seattle-prp'],
          },
          {
            text: 'For pain, ask your clinic about acetaminophen (Tylenol). Ask them too what the shot itself will feel like.',
            sources: ['leach-2024'],
          },
        ],
      },
      {
        id: 'how-many-sessions',
        topics: ['prp'],
        question: 'How many PRP shots will I need?',
        answer: [
          {
            text: 'Studies of PRP in the spine mostly used one shot.',
            sources: ['dutch-rct-2024'],
          },
          {
            text: 'Some clinics give 2 or 3 shots, 4 to 8 weeks apart. Ask your clinic what they plan for you.',
            sources: ['prp-london-faq'],
          },
        ],
      },
      {
        id: 'how-soon',
        topics: ['prp', 'recovery'],
        question: 'How soon will I feel better?',
        answer: [
          {
            text: 'If PRP helps, it works slowly. It can be normal to feel sore, worse or no better for up to about 4 weeks.',
            sources: ['seattle-prp'],
          },
          {
            text: 'Some people feel better at 2 to 6 weeks. The full effect can take 3 to 6 months.',
            sources: ['jointandspine-timing', 'peng-prp', 'savemed-prp'],
          },
          {
            text: 'PRP does not help everyone.',
            sources: ['dutch-rct-2024', 'chang-park-2021'],
          },
        ],
      },
      {
        id: 'how-long-it-lasts',
        topics: ['prp'],
        question: 'How long does relief from PRP last?',
        answer: [
          {
            text: 'This is not well known. Some small studies found a benefit, but results are mixed.',
            sources: ['chang-park-2021', 'dutch-rct-2024'],
          },
          {
            text: 'A 2024 trial of 98 people found no difference in pain or daily function after one year between people who had PRP and people who did not.',
            sources: ['dutch-rct-2024'],
          },
          {
            text: 'Ask your clinic how they will check if PRP is working for you.',
            sources: ['savemed-prp'],
          },
        ],
      },
      {
        id: 'risks',
        topics: ['prp', 'risks'],
        question: 'What are the risks of PRP?',
        answer: [
          {
            text: 'Soreness or a flare of pain, bruising and infection can happen. Disc infections have been reported after shots into a disc.',
            sources: ['seattle-prp', 'jointandspine-safety', 'dutch-rct-2024'],
          },
          {
            text: 'Call your clinic the same day if you have a fever, or redness that spreads, pus, or pain or swelling at the injection area that gets worse.',
            sources: ['seattle-prp', 'peng-prp'],
          },
        ],
      },
      {
        id: 'cost',
        topics: ['cost'],
        question: 'How much does PRP cost? Will my insurance pay?',
        answer: [
          {
            text: 'In the US, PRP costs about $300 to $2,500 per treatment.',
            sources: ['michiganfoot-prp', 'singlecare-prp'],
          },
          {
            text: 'Insurance usually does not cover it. It is billed with a code for new, emerging treatments (a Category III code).',
            sources: ['michiganfoot-prp', 'singlecare-prp', 'pmc7005975-cpt'],
          },
          {
            text: 'Ask your clinic for the full price, and ask your insurer, before you book.',
            sources: ['singlecare-prp'],
          },
        ],
      },
      {
        id: 'nsaids',
        topics: ['medicines', 'recovery'],
        question: 'Can I take ibuprofen or other pain pills before and after?',
        answer: [
          {
            text: 'Clinics differ. Many ask you to stop NSAIDs, such as ibuprofen or naproxen, 3 to 10 days before and 1 to 3 weeks after.',
            sources: ['prp-london-faq', 'seattle-prp', 'tios-instructions', 'peng-prp'],
          },
          {
            text: 'Acetaminophen (Tylenol) does not affect platelets in the same way, so it is often allowed.',
            sources: ['leach-2024'],
          },
          {
            text: 'If a doctor prescribed aspirin or a blood thinner, do not stop it on your own. Ask that doctor and your clinic.',
            sources: ['leach-2024'],
          },
        ],
      },
      {
        id: 'who-should-not',
        topics: ['prp', 'risks'],
        question: 'Who should not have PRP?',
        answer: [
          {
            text: 'Our sources do not give a full list. Tell your clinic if you take a blood thinner, aspirin or steroids, have a fever or an infection now, have a weak immune system, or have had cancer.',
            sources: ['leach-2024', 'asipp-2019', 'glos-red-flags'],
          },
          {
            text: 'Do not stop a prescribed blood thinner or aspirin on your own. Your clinic decides with you if PRP is safe for you.',
            sources: ['leach-2024'],
          },
        ],
      },
      {
        id: 'prp-vs-steroid',
        topics: ['alternatives'],
        question: 'Is PRP better than a steroid shot?',
        answer: [
          {
            text: 'A steroid shot near a nerve (an epidural) can ease leg pain from sciatica a little, for a short time. Rare but serious problems can happen.',
            sources: ['cochrane-esi-2020', 'fda-esi-2014'],
          },
          {
            text: 'Studies of PRP are small and mixed. One review said PRP might ease pain more than other shots.',
            sources: ['cadth-rc1485', 'chang-park-2021', 'dutch-rct-2024'],
          },
          {
            text: 'UK guidance advises against both for back pain without leg pain. Ask your doctor which fits you.',
            sources: ['nice-ng59', 'aomrc-ebi-injections'],
          },
        ],
      },
      {
        id: 'prolotherapy',
        topics: ['alternatives'],
        question: 'What is prolotherapy? Is it the same as PRP?',
        answer: [
          {
            text: 'No. Prolotherapy is a series of shots of a sugar solution (dextrose) where ligaments and tendons attach to bone. PRP is made from your own blood.',
            sources: ['rabago-2010', 'ijced-prp'],
          },
          {
            text: 'In studies, prolotherapy alone worked no better than comparison shots. Extra pain and stiffness for a short time were common.',
            sources: ['cochrane-prolotherapy'],
          },
          {
            text: 'UK guidance advises against it for back pain alone.',
            sources: ['aomrc-ebi-injections'],
          },
        ],
      },
      {
        id: 'rfa',
        topics: ['alternatives'],
        question: 'What is radiofrequency ablation (RFA)?',
        answer: [
          {
            text: 'RFA uses radio waves to stop small nerves in your back from sending pain signals.',
            sources: ['nice-qs155', 'cleveland-rfa', 'rapaindocs-rfa'],
          },
          {
            text: 'UK guidance says to consider RFA only if a test shot that numbs these nerves helps, other care has failed, and the pain is moderate or severe.',
            sources: ['nice-qs155'],
          },
          {
            text: 'Relief often lasts 3 to 12 months, until the nerves grow back. Large trials found little extra help from adding RFA to exercise.',
            sources: ['cleveland-rfa', 'rapaindocs-rfa', 'mint-2017'],
          },
        ],
      },
      {
        id: 'after-fusion',
        topics: ['conditions'],
        question: 'Can I have PRP after spinal fusion surgery?',
        answer: [
          {
            text: 'Spinal fusion is an operation that joins bones in the spine. Our sources do not cover PRP after fusion.',
            sources: ['aomrc-ebi-fusion'],
          },
          {
            text: 'If your back pain is new or has changed, a doctor should check for other causes. Ask your surgeon before you have any shot in your back.',
            sources: ['nice-ng59'],
          },
        ],
      },
      {
        id: 'surgery',
        topics: ['alternatives'],
        question: 'When is back surgery (spinal fusion) an option?',
        answer: [
          {
            text: 'UK guidance says not to offer fusion for back pain alone, except in a research study.',
            sources: ['nice-ng59'],
          },
          {
            text: 'It may be an option for a serious cause, such as a tumor, an infection or a spine bone that collapsed from weak bones, or for a curved spine.',
            sources: ['aomrc-ebi-fusion'],
          },
          {
            text: 'In trials, fusion helped no more, or only a little more, than intensive rehab programs.',
            sources: ['fairbank-2005', 'froholdt-2012'],
          },
        ],
      },
      {
        id: 'sitting-pain',
        topics: ['conditions'],
        question: 'Why does my back hurt when I sit?',
        answer: [
          {
            text: 'Our sources do not explain pain that comes on when you sit. Most back pain gets better within a few weeks.',
            sources: ['nhs-back-pain'],
          },
          {
            text: 'See your doctor if it is not better after about 4 weeks, or if it keeps you from sleeping or daily tasks.',
            sources: ['glos-red-flags', 'nhs-back-pain'],
          },
          {
            text: 'Contact your doctor today if the pain does not ease with rest or is worse at night.',
            sources: ['nhs-back-pain'],
          },
        ],
      },
      {
        id: 'hip-or-back',
        topics: ['conditions'],
        question: 'Is my pain coming from my hip or my back?',
        answer: [
          {
            text: 'Our sources do not explain how to tell hip pain from back pain. Ask your doctor to examine you and look for other causes.',
            sources: ['nice-ng59'],
          },
          {
            text: 'Call {emergency} now if you have back pain and both legs feel weak, numb, tingly or painful.',
            sources: ['nhs-back-pain'],
          },
        ],
      },
      {
        id: 'emergency-signs',
        topics: ['emergency'],
        question: 'When is back pain an emergency?',
        answer: [
          {
            text: 'Call {emergency} or go to the emergency room now if you have chest pain, or your back pain started after a serious accident, such as a car crash. Do the same if you have back pain and any of these:',
            sources: ['nhs-back-pain'],
          },
          { ...redFlags.bladderBowel },
          { ...redFlags.saddleNumbness },
          { ...redFlags.bothLegs },
        ],
      },
    ],
  },
};
