/**
 * English content of <prp-faq>. Facts and sources: docs/evidence.md. Where no source answers a question
 * (PRP after fusion, pain when sitting, hip or back), the answer sends the reader to a doctor and keeps to
 * sourced facts. Warning signs come from the triage registry word for word, as a list after the action
 * for their level ("now" for emergency signs, "today" for urgent ones).
 */
import type { FaqLocaleContent } from '../../components/prp-faq/types.js';
import { emergencyNotice, warningSigns } from './warning-signs.js';

const sign = warningSigns;
const keepPrescribed = {
  text: 'If a doctor prescribed aspirin or another medicine for your heart or blood, keep taking it unless that doctor says otherwise.',
  sources: ['narouze-2018'],
};

export const faq: FaqLocaleContent = {
  strings: {
    searchLabel: 'Search the questions',
    results: { one: '{n} question matches.', other: '{n} questions match.' },
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
            text: 'It is injected where your doctor thinks your pain comes from. This may be a joint, or a disc: the soft cushion between the bones of the spine.',
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
            text: 'The skin is usually numbed first. You may feel a short sting, then pressure.',
            sources: ['hopkins-esi'],
          },
          {
            text: 'Soreness, bruising and some swelling at the injection area are common afterward. Soreness is often worst on day 2 or 3, then eases.',
            sources: ['seattle-prp'],
          },
          {
            text: 'For pain, ask your clinic about acetaminophen (Tylenol).',
            sources: ['leach-2024'],
          },
        ],
      },
      {
        id: 'how-many-sessions',
        topics: ['prp'],
        question: 'How many PRP injections will I need?',
        answer: [
          {
            text: 'Studies of PRP in the spine mostly used one injection. One trial found that it helped some people, and a larger one found that it did not.',
            sources: ['tuakli-2016', 'dutch-rct-2024'],
          },
          {
            text: 'Some clinics give 2 or 3 injections, 4 to 8 weeks apart. Ask your clinic what they plan for you.',
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
            text: 'If PRP helps, it works slowly. Your usual back pain may not improve for up to about 4 weeks. Some people feel better at 2 to 6 weeks.',
            sources: ['seattle-prp', 'jointandspine-timing', 'peng-prp'],
          },
          {
            text: 'One clinic says the full effect can take 3 to 6 months. PRP does not help everyone.',
            sources: ['savemed-prp', 'dutch-rct-2024', 'chang-park-2021'],
          },
          { text: 'Call your clinic today if:', ask: true },
          { list: [sign['worse-pain']] },
        ],
      },
      {
        id: 'how-long-it-lasts',
        topics: ['prp'],
        question: 'How long does relief from PRP last?',
        answer: [
          {
            text: 'This is not well known. Some small studies found a benefit, but results are mixed.',
            sources: ['chang-park-2021', 'tuakli-2016', 'dutch-rct-2024'],
          },
          {
            text: 'In a 2016 trial of 47 people, PRP helped more than a control injection of dye over 8 weeks. After that, the other group could also have PRP.',
            sources: ['tuakli-2016'],
          },
          {
            text: 'The largest study so far (98 people, 2024) found no difference in pain or daily function after one year. The other group had a dummy injection of salt water.',
            sources: ['dutch-rct-2024'],
          },
          { text: 'Ask your clinic how they will check if PRP is working for you.', ask: true },
        ],
      },
      {
        id: 'risks',
        topics: ['prp', 'risks'],
        question: 'What are the risks of PRP?',
        answer: [
          {
            text: 'Soreness and bruising where the needle went in are common. Rare risks are infection, bleeding, nerve injury, or a headache if the needle punctures the fluid sac around the nerves.',
            sources: ['seattle-prp', 'hopkins-esi', 'yoon-choi-2024'],
          },
          {
            text: 'Disc infections have been reported after injections into a disc. One needed surgery.',
            sources: ['dutch-rct-2024', 'bmri-2022-prp'],
          },
          { text: 'Call your clinic today if:', ask: true },
          { list: [sign.fever, sign.wound, sign['worse-pain']] },
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
            text: 'Insurance usually does not cover it, because it is still a new treatment.',
            sources: ['michiganfoot-prp', 'singlecare-prp', 'pmc7005975-cpt'],
          },
          { text: 'Ask your clinic for the full price, and ask your insurer, before you book.', ask: true },
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
          keepPrescribed,
        ],
      },
      {
        id: 'who-should-not',
        topics: ['prp', 'risks'],
        question: 'Who should not have PRP?',
        answer: [
          {
            text: 'Tell your clinic at least 2 weeks before your injection about your medicines, such as blood thinners, aspirin or steroids.',
            sources: ['narouze-2018', 'leach-2024', 'asipp-2019'],
          },
          {
            text: 'Tell them too if you have a fever or an infection, a weak immune system, or have had cancer.',
            sources: ['glos-red-flags'],
          },
          keepPrescribed,
          { text: 'Your clinic decides with you if PRP is safe for you.', ask: true },
        ],
      },
      {
        id: 'prp-vs-steroid',
        topics: ['alternatives'],
        question: 'Is PRP better than a steroid injection?',
        answer: [
          {
            text: 'A steroid injection near a nerve (an epidural) can ease leg pain from sciatica a little, for a short time. Rare but serious problems can happen.',
            sources: ['cochrane-esi-2020', 'fda-esi-2014'],
          },
          {
            text: 'Studies of PRP are small and mixed. One review said PRP might ease pain more than other injections.',
            sources: ['cadth-rc1485', 'chang-park-2021', 'dutch-rct-2024'],
          },
          {
            text: 'UK guidance says not to offer either for back pain without leg pain. Ask your doctor which fits you.',
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
            text: 'No. Prolotherapy is a series of injections of a sugar solution (dextrose) where ligaments and tendons attach to bone. PRP is made from your own blood.',
            sources: ['rabago-2010', 'ijced-prp'],
          },
          {
            text: 'In studies, prolotherapy alone worked no better than dummy injections. Extra pain and stiffness for a short time were common.',
            sources: ['cochrane-prolotherapy'],
          },
          {
            text: 'UK guidance says not to offer it for back pain without leg pain.',
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
            text: 'RFA uses heat from a special needle to stop small nerves in your back from sending pain signals.',
            sources: ['cleveland-rfa', 'rapaindocs-rfa'],
          },
          {
            text: 'UK guidance says to consider it only if the pain is thought to come from the facet-joint nerves and other care has not helped. The pain must be moderate or severe.',
            sources: ['nice-ng59', 'nice-qs155'],
          },
          {
            text: 'A test injection that numbs these nerves must help first.',
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
            text: 'Spinal fusion is an operation that joins bones in the spine.',
            sources: ['aomrc-ebi-fusion'],
          },
          { text: 'Ask your surgeon before you have any injection in your back, including PRP.', ask: true },
          {
            text: 'If your back pain is new or has changed, a doctor should check for other causes.',
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
            text: 'UK guidance says not to offer fusion for back pain without leg pain, except in a research study.',
            sources: ['nice-ng59'],
          },
          {
            text: 'It may be an option for a serious cause, such as a tumor or an infection. It may also be an option for a spine bone that collapsed from weak bones, or for a curved spine.',
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
            text: 'Most back pain gets better within a few weeks. A doctor can check what is causing yours.',
            sources: ['nhs-back-pain'],
          },
          { text: 'Get an urgent appointment with a doctor today if:', ask: true },
          { list: [sign['night-pain']] },
          { text: 'See a doctor within 1 to 2 weeks if:', ask: true },
          { list: [sign['no-better'], sign['daily-tasks']] },
        ],
      },
      {
        id: 'hip-or-back',
        topics: ['conditions'],
        question: 'Is my pain coming from my hip or my back?',
        answer: [
          {
            text: 'Ask a doctor to examine you. They can tell whether the pain comes from your hip or your back.',
            ask: true,
          },
          { text: emergencyNotice.title, ask: true },
          { list: emergencyNotice.signs },
        ],
      },
      {
        id: 'emergency-signs',
        topics: ['emergency'],
        question: 'When is back pain an emergency?',
        answer: [
          { text: 'Call {emergency} or go to the emergency room now if:', ask: true },
          { list: [sign['chest-pain'], sign.accident, ...emergencyNotice.signs] },
        ],
      },
    ],
  },
};
