/**
 * The bibliography: every source that default content cites, by id. Facts and links come from
 * `shared/research/health-content.md`; clinic pages are labelled as such in `publisher`.
 */
import type { Source } from './types.js';

export const SOURCES = {
  'nhs-back-pain': {
    title: 'Back pain',
    publisher: 'NHS',
    url: 'https://www.nhs.uk/conditions/back-pain/',
  },
  'seattle-prp': {
    title: 'PRP treatment: general instructions',
    publisher: 'Orthopedic Specialists of Seattle (clinic page)',
    url: 'https://orthopedicspecialistsofseattle.com/patient-info/prp-treatment-general-instructions/',
  },
  'peng-prp': {
    title: 'Patient blog: PRP care instructions',
    publisher: 'Jeffrey Peng, MD (clinic page)',
    url: 'https://www.jeffreypengmd.com/blog/page/5',
  },
  'tios-instructions': {
    title: 'Patient instructions',
    publisher: 'TIOS (clinic page)',
    url: 'https://sites.google.com/view/tios/services/instructions',
  },
  'prp-london-faq': {
    title: 'PRP frequently asked questions',
    publisher: 'PRP London (clinic page)',
    url: 'https://prp-london.com/faq/',
  },
  'leach-2024': {
    title: 'A review of platelet-rich plasma use in patients taking non-steroidal anti-inflammatory drugs for guideline development (Leach et al.)',
    publisher: 'Cureus',
    year: 2024,
    url: 'https://doi.org/10.7759/cureus.71706',
  },
  'jointandspine-timing': {
    title: 'When can the positive effects of PRP be expected?',
    publisher: 'Joint & Spine (clinic page)',
    url: 'https://www.jointandspine.com/faq-items/when-can-the-positive-effects-of-prp-be-expected/',
  },
  'savemed-prp': {
    title: 'PRP therapy',
    publisher: 'SaveMed Group (clinic page)',
    url: 'https://savemedgroup.com/prp',
  },
  'sosbones-prp': {
    title: 'PRP therapy video',
    publisher: 'SOS Bones (clinic page)',
    url: 'https://sosbones.com/prp-therapy-video',
  },
  'dutch-rct-2024': {
    title: 'Randomized trial of PRP injected into the disc for chronic low back pain (98 people, the Netherlands)',
    publisher: 'PubMed Central',
    year: 2024,
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC11373021',
  },
  'chang-park-2021': {
    title: 'The effect of intradiscal platelet-rich plasma injection for management of discogenic lower back pain: a meta-analysis (Chang & Park)',
    publisher: 'Journal of Pain Research',
    year: 2021,
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7903948',
  },
  'glos-red-flags': {
    title: 'Low back pain: red flags (summary of NICE Clinical Knowledge Summaries)',
    publisher: 'NHS Gloucestershire',
    url: 'https://g-care.glos.nhs.uk/pathway/72/resource/3',
  },
  'ijced-prp': {
    title: 'Article on what platelet-rich plasma is and how it is prepared',
    publisher: 'International Journal of Clinical and Experimental Dermatology',
    url: 'https://ijced.org/html-article/22682',
  },
  'asipp-2019': {
    title: 'Responsible, safe, and effective use of biologics in the management of low back pain: ASIPP guidelines (Navani et al., summary)',
    publisher: 'Guideline Central (summary of a Pain Physician article)',
    year: 2019,
    url: 'https://www.guidelinecentral.com/guideline/8040/',
  },
  'bioeng-2023-layers': {
    title: 'Optimizing platelet-rich plasma: spin time and sample source',
    publisher: 'Bioengineering (MDPI)',
    year: 2023,
    url: 'https://mdpi.com/2306-5354/10/11/1270',
  },
  'pmc7704139-volumes': {
    title: 'Effect of platelet-rich plasma on intervertebral disc degeneration in vivo and in vitro: a critical review (Chang et al.)',
    publisher: 'PubMed Central',
    year: 2020,
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7704139',
  },
  'pmc7607802-spins': {
    title: 'Article comparing single-spin and double-spin PRP preparation',
    publisher: 'PubMed Central',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7607802',
  },
  'jointandspine-safety': {
    title: 'Are there any side effects or complications of PRP?',
    publisher: 'Joint & Spine (clinic page)',
    url: 'https://www.jointandspine.com/faq-items/are-there-any-side-effects-or-complications-of-prp/',
  },
  'nice-ng59': {
    title: 'Low back pain and sciatica in over 16s: assessment and management (NG59)',
    publisher: 'NICE',
    year: 2020,
    url: 'https://www.nice.org.uk/guidance/ng59',
  },
  'cochrane-prolotherapy': {
    title: 'Prolotherapy injections for chronic low-back pain (Dagenais et al.)',
    publisher: 'Cochrane Library',
    year: 2007,
    url: 'https://cochranelibrary.com/cdsr/doi/10.1002/14651858.CD004059.pub3/abstract/en',
  },
  'rabago-2010': {
    title: 'Prolotherapy in primary care practice (Rabago et al.)',
    publisher: 'Primary Care',
    year: 2010,
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2831229',
  },
  'cochrane-esi-2020': {
    title: 'Epidural corticosteroid injections for lumbosacral radicular pain (Oliveira et al., CD013577, summary)',
    publisher: 'Cochrane Library (PubMed summary)',
    year: 2020,
    url: 'http://www.pubmed.gov/33136079/',
  },
  'fda-esi-2014': {
    title: 'Drug Safety Communication: rare but serious problems after epidural corticosteroid injections for pain',
    publisher: 'US Food and Drug Administration (FDA)',
    year: 2014,
    url: 'http://www.fda.gov/Drugs/DrugSafety/ucm394280.htm',
  },
  'nice-qs155': {
    title: 'Low back pain and sciatica in over 16s (QS155), quality statement 6: spinal injections',
    publisher: 'NICE',
    url: 'https://www.nice.org.uk/guidance/qs155/chapter/quality-statement-6-spinal-injections',
  },
  'mint-2017': {
    title: 'MINT randomized trials of radiofrequency denervation added to exercise for chronic low back pain (Juch et al., 681 people)',
    publisher: 'JAMA',
    year: 2017,
    url: 'https://pubmed.ncbi.nlm.nih.gov/28672319/',
  },
  'cleveland-rfa': {
    title: 'Article on radiofrequency ablation for pain relief',
    publisher: 'Cleveland Clinic (clinic page)',
    url: 'https://health.clevelandclinic.org/need-pain-relief-consider-radiofrequency-ablation/',
  },
  'rapaindocs-rfa': {
    title: 'Radiofrequency ablation (patient page)',
    publisher: 'rapaindocs.com (clinic page)',
    url: 'https://rapaindocs.com/treatments/radiofrequency-ablation',
  },
  'nice-ng59-bmj': {
    title: 'Low back pain and sciatica: summary of NICE guidance',
    publisher: 'BMJ',
    url: 'https://www.bmj.com/content/356/bmj.i6748',
  },
  'acp-2017': {
    title: 'American College of Physicians guideline on treatments for low back pain (Qaseem et al., summary)',
    publisher: 'Guideline Central (summary of an Annals of Internal Medicine article)',
    year: 2017,
    url: 'https://www.guidelinecentral.com/guideline/13349/',
  },
  'aomrc-ebi-injections': {
    title: 'Evidence-Based Interventions: injections for non-specific low back pain without sciatica',
    publisher: 'Academy of Medical Royal Colleges',
    url: 'https://www.aomrc.org.uk/ebi/clinicians/injections-for-nonspecific-low-back-pain-without-sciatica/',
  },
  'aomrc-ebi-fusion': {
    title: 'Evidence-Based Interventions: fusion surgery for mechanical axial low back pain',
    publisher: 'Academy of Medical Royal Colleges',
    year: 2020,
    url: 'https://ebi.aomrc.org.uk/interventions/fusion-surgery-for-mechanical-axial-low-back-pain-2/',
  },
  'fairbank-2005': {
    title: 'MRC spine stabilisation trial: spinal fusion compared with intensive rehabilitation for chronic low back pain (Fairbank et al., 349 people)',
    publisher: 'BMJ',
    year: 2005,
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC558090',
  },
  'froholdt-2012': {
    title: 'Nine-year follow-up of a Norwegian trial of spinal fusion for chronic low back pain (Froholdt et al.)',
    publisher: 'European Spine Journal',
    year: 2012,
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3508245',
  },
  'cadth-rc1485': {
    title: 'Rapid review of platelet-rich plasma for low back pain (RC1485)',
    publisher: 'CADTH (Canadian Journal of Health Technologies)',
    year: 2023,
    url: 'https://www.canjhealthtechnol.ca/index.php/cjht/article/view/RC1485',
  },
  'michiganfoot-prp': {
    title: 'What is a PRP injection? (quotes AAOS cost figures)',
    publisher: 'Michigan Foot Doctors (clinic page)',
    url: 'https://michiganfootdoctors.com/what-is-prp-injection',
  },
  'singlecare-prp': {
    title: 'PRP injection: cost and insurance (blog post)',
    publisher: 'SingleCare (company blog)',
    url: 'https://singlecare.com/blog/prp-injection',
  },
  'pmc7005975-cpt': {
    title: 'Article on US billing codes for PRP, including Category III code 0232T for emerging technology',
    publisher: 'PubMed Central',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7005975',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
