/**
 * The bibliography: every source that default content cites, one export each so a bundle holds only
 * the sources its elements cite (each element lists them in its `sources.ts`). Facts and links come
 * from `docs/evidence.md`; clinic pages are labelled as such in `publisher`.
 */
import type { CitedSource } from './types.js';

export const nhsBackPain: CitedSource = {
  id: 'nhs-back-pain',
  title: 'Back pain',
  publisher: 'NHS',
  url: 'https://www.nhs.uk/conditions/back-pain/',
};

export const seattlePrp: CitedSource = {
  id: 'seattle-prp',
  title: 'PRP treatment: general instructions',
  publisher: 'Orthopedic Specialists of Seattle (clinic page)',
  url: 'https://orthopedicspecialistsofseattle.com/patient-info/prp-treatment-general-instructions/',
};

export const pengPrp: CitedSource = {
  id: 'peng-prp',
  title: 'Patient blog: PRP care instructions',
  publisher: 'Jeffrey Peng, MD (clinic page)',
  url: 'https://www.jeffreypengmd.com/blog/page/5',
};

export const tiosInstructions: CitedSource = {
  id: 'tios-instructions',
  title: 'Patient instructions',
  publisher: 'TIOS (clinic page)',
  url: 'https://sites.google.com/view/tios/services/instructions',
};

export const prpLondonFaq: CitedSource = {
  id: 'prp-london-faq',
  title: 'PRP frequently asked questions',
  publisher: 'PRP London (clinic page)',
  url: 'https://prp-london.com/faq/',
};

export const leach2024: CitedSource = {
  id: 'leach-2024',
  title:
    'A review of platelet-rich plasma use in patients taking non-steroidal anti-inflammatory drugs for guideline development (Leach et al.)',
  publisher: 'Cureus',
  year: 2024,
  url: 'https://doi.org/10.7759/cureus.71706',
};

export const jointandspineTiming: CitedSource = {
  id: 'jointandspine-timing',
  title: 'When can the positive effects of PRP be expected?',
  publisher: 'Joint & Spine (clinic page)',
  url: 'https://www.jointandspine.com/faq-items/when-can-the-positive-effects-of-prp-be-expected/',
};

export const savemedPrp: CitedSource = {
  id: 'savemed-prp',
  title: 'PRP therapy',
  publisher: 'SaveMed Group (clinic page)',
  url: 'https://savemedgroup.com/prp',
};

export const sosbonesPrp: CitedSource = {
  id: 'sosbones-prp',
  title: 'PRP therapy video',
  publisher: 'SOS Bones (clinic page)',
  url: 'https://sosbones.com/prp-therapy-video',
};

export const dutchRct2024: CitedSource = {
  id: 'dutch-rct-2024',
  title: 'Randomized trial of PRP injected into the disc for chronic low back pain (98 people, the Netherlands)',
  publisher: 'PubMed Central',
  year: 2024,
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC11373021',
};

export const tuakli2016: CitedSource = {
  id: 'tuakli-2016',
  title:
    'Lumbar intradiskal platelet-rich plasma (PRP) injections: a prospective, double-blind, randomized controlled study (Tuakli-Wosornu et al., 47 people)',
  publisher: 'PM&R',
  year: 2016,
  url: 'https://pubmed.ncbi.nlm.nih.gov/?term=Tuakli-Wosornu+lumbar+intradiskal+platelet-rich+plasma',
};

export const changPark2021: CitedSource = {
  id: 'chang-park-2021',
  title:
    'The effect of intradiscal platelet-rich plasma injection for management of discogenic lower back pain: a meta-analysis (Chang & Park)',
  publisher: 'Journal of Pain Research',
  year: 2021,
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7903948',
};

export const royalfreeCes: CitedSource = {
  id: 'royalfree-ces',
  title: 'Cauda equina syndrome (patient leaflet)',
  publisher: 'Royal Free London NHS Foundation Trust',
  url: 'https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome',
};

export const glosRedFlags: CitedSource = {
  id: 'glos-red-flags',
  title: 'Low back pain: red flags (summary of NICE Clinical Knowledge Summaries)',
  publisher: 'NHS Gloucestershire',
  url: 'https://g-care.glos.nhs.uk/pathway/72/resource/3',
};

export const ijcedPrp: CitedSource = {
  id: 'ijced-prp',
  title: 'Article on what platelet-rich plasma is and how it is prepared',
  publisher: 'International Journal of Clinical and Experimental Dermatology',
  url: 'https://ijced.org/html-article/22682',
};

export const asipp2019: CitedSource = {
  id: 'asipp-2019',
  title:
    'Responsible, safe, and effective use of biologics in the management of low back pain: ASIPP guidelines (Navani et al., summary)',
  publisher: 'Guideline Central (summary of a Pain Physician article)',
  year: 2019,
  url: 'https://www.guidelinecentral.com/guideline/8040/',
};

export const bioeng2023Layers: CitedSource = {
  id: 'bioeng-2023-layers',
  title: 'Optimizing platelet-rich plasma: spin time and sample source',
  publisher: 'Bioengineering (MDPI)',
  year: 2023,
  url: 'https://mdpi.com/2306-5354/10/11/1270',
};

export const pmc7704139Volumes: CitedSource = {
  id: 'pmc7704139-volumes',
  title:
    'Effect of platelet-rich plasma on intervertebral disc degeneration in vivo and in vitro: a critical review (Chang et al.)',
  publisher: 'PubMed Central',
  year: 2020,
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7704139',
};

export const pmc7607802Spins: CitedSource = {
  id: 'pmc7607802-spins',
  title: 'Article comparing single-spin and double-spin PRP preparation',
  publisher: 'PubMed Central',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7607802',
};

export const jointandspineSafety: CitedSource = {
  id: 'jointandspine-safety',
  title: 'Are there any side effects or complications of PRP?',
  publisher: 'Joint & Spine (clinic page)',
  url: 'https://www.jointandspine.com/faq-items/are-there-any-side-effects-or-complications-of-prp/',
};

export const niceNg59: CitedSource = {
  id: 'nice-ng59',
  title: 'Low back pain and sciatica in over 16s: assessment and management (NG59)',
  publisher: 'NICE',
  year: 2020,
  url: 'https://www.nice.org.uk/guidance/ng59',
};

export const cochraneProlotherapy: CitedSource = {
  id: 'cochrane-prolotherapy',
  title: 'Prolotherapy injections for chronic low-back pain (Dagenais et al.)',
  publisher: 'Cochrane Library',
  year: 2007,
  url: 'https://cochranelibrary.com/cdsr/doi/10.1002/14651858.CD004059.pub3/abstract/en',
};

export const rabago2010: CitedSource = {
  id: 'rabago-2010',
  title: 'Prolotherapy in primary care practice (Rabago et al.)',
  publisher: 'Primary Care',
  year: 2010,
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2831229',
};

export const cochraneEsi2020: CitedSource = {
  id: 'cochrane-esi-2020',
  title: 'Epidural corticosteroid injections for lumbosacral radicular pain (Oliveira et al., CD013577)',
  publisher: 'Cochrane Library',
  year: 2020,
  url: 'https://doi.org/10.1002/14651858.CD013577',
};

export const aafp2021Esi: CitedSource = {
  id: 'aafp-2021-esi',
  title:
    'Epidural corticosteroid injections for sciatica (Cochrane for Clinicians summary: benefit is short term, 2 weeks to 3 months)',
  publisher: 'American Family Physician',
  year: 2021,
  url: 'https://www.aafp.org/afp/2021/0401/p405.html',
};

export const uwhealthEsiHome: CitedSource = {
  id: 'uwhealth-esi-home',
  title: 'Epidural steroid injection: returning home',
  publisher: 'UW Health (hospital page)',
  url: 'https://patient.uwhealth.org/healthwise/article/en-us/acl2895',
};

export const albertaEsiHome: CitedSource = {
  id: 'alberta-esi-home',
  title: 'Lumbar epidural steroid injection: what to expect at home',
  publisher: 'MyHealth Alberta (Alberta Health Services)',
  url: 'https://myhealth.alberta.ca/Health/aftercareinformation/pages/conditions.aspx?hwid=abq3490',
};

export const spencerEpidural: CitedSource = {
  id: 'spencer-epidural',
  title: 'Epidural injections',
  publisher: 'Spencer Private Hospitals (hospital page)',
  url: 'https://spencerprivatehospitals.com/surgeries-treatments/orthopaedics/epidural-injections',
};

export const hopkinsEsi: CitedSource = {
  id: 'hopkins-esi',
  title: 'Epidural steroid injections',
  publisher: 'Johns Hopkins Medicine, Blaustein Pain Treatment Center',
  url: 'https://anesthesiology.hopkinsmedicine.org/pain-medicine-and-pain-research/blaustein-pain-treatment-center/epidural-steroid-injections/',
};

export const yoonChoi2024: CitedSource = {
  id: 'yoon-choi-2024',
  title: 'Diagnosis and management of infections related to spinal pain interventions (Yoon & Choi)',
  publisher: 'Anesthesia and Pain Medicine',
  year: 2024,
  url: 'https://doi.org/10.17085/apm.24140',
};

export const bmri2022Prp: CitedSource = {
  id: 'bmri-2022-prp',
  title: 'Study of PRP injected into the disc in 31 people (one disc infection needed surgery at 2 weeks)',
  publisher: 'BioMed Research International',
  year: 2022,
  url: 'https://preview.hindawi.com/journals/bmri/2022/9563693',
};

export const clevelandclinicRfa: CitedSource = {
  id: 'clevelandclinic-rfa',
  title: 'Radiofrequency ablation for pain management',
  publisher: 'Cleveland Clinic (hospital page)',
  url: 'https://my.clevelandclinic.org/health/treatments/17411-radiofrequency-ablation',
};

export const narouze2018: CitedSource = {
  id: 'narouze-2018',
  title:
    'Interventional spine and pain procedures in patients on antiplatelet and anticoagulant medications, second edition (Narouze et al., ASRA and others)',
  publisher: 'Regional Anesthesia & Pain Medicine',
  year: 2018,
  url: 'https://pubmed.ncbi.nlm.nih.gov/?term=Narouze+interventional+spine+pain+procedures+antiplatelet+anticoagulant+second+edition',
};

export const fdaEsi2014: CitedSource = {
  id: 'fda-esi-2014',
  title: 'Drug Safety Communication: rare but serious problems after epidural corticosteroid injections for pain',
  publisher: 'US Food and Drug Administration (FDA)',
  year: 2014,
  url: 'http://www.fda.gov/Drugs/DrugSafety/ucm394280.htm',
};

export const niceQs155: CitedSource = {
  id: 'nice-qs155',
  title: 'Low back pain and sciatica in over 16s (QS155), quality statement 6: spinal injections',
  publisher: 'NICE',
  url: 'https://www.nice.org.uk/guidance/qs155/chapter/quality-statement-6-spinal-injections',
};

export const mint2017: CitedSource = {
  id: 'mint-2017',
  title:
    'MINT randomized trials of radiofrequency denervation added to exercise for chronic low back pain (Juch et al., 681 people)',
  publisher: 'JAMA',
  year: 2017,
  url: 'https://pubmed.ncbi.nlm.nih.gov/28672319/',
};

export const clevelandRfa: CitedSource = {
  id: 'cleveland-rfa',
  title: 'Article on radiofrequency ablation for pain relief',
  publisher: 'Cleveland Clinic (hospital page)',
  url: 'https://health.clevelandclinic.org/need-pain-relief-consider-radiofrequency-ablation/',
};

export const rapaindocsRfa: CitedSource = {
  id: 'rapaindocs-rfa',
  title: 'Radiofrequency ablation (patient page)',
  publisher: 'rapaindocs.com (clinic page)',
  url: 'https://rapaindocs.com/treatments/radiofrequency-ablation',
};

export const niceNg59Bmj: CitedSource = {
  id: 'nice-ng59-bmj',
  title: 'Low back pain and sciatica: summary of NICE guidance',
  publisher: 'BMJ',
  url: 'https://www.bmj.com/content/356/bmj.i6748',
};

export const acp2017: CitedSource = {
  id: 'acp-2017',
  title: 'American College of Physicians guideline on treatments for low back pain (Qaseem et al., summary)',
  publisher: 'Guideline Central (summary of an Annals of Internal Medicine article)',
  year: 2017,
  url: 'https://www.guidelinecentral.com/guideline/13349/',
};

export const aomrcEbiInjections: CitedSource = {
  id: 'aomrc-ebi-injections',
  title: 'Evidence-Based Interventions: injections for non-specific low back pain without sciatica',
  publisher: 'Academy of Medical Royal Colleges',
  url: 'https://www.aomrc.org.uk/ebi/clinicians/injections-for-nonspecific-low-back-pain-without-sciatica/',
};

export const aomrcEbiFusion: CitedSource = {
  id: 'aomrc-ebi-fusion',
  title: 'Evidence-Based Interventions: fusion surgery for mechanical axial low back pain',
  publisher: 'Academy of Medical Royal Colleges',
  year: 2020,
  url: 'https://ebi.aomrc.org.uk/interventions/fusion-surgery-for-mechanical-axial-low-back-pain-2/',
};

export const fairbank2005: CitedSource = {
  id: 'fairbank-2005',
  title:
    'MRC spine stabilisation trial: spinal fusion compared with intensive rehabilitation for chronic low back pain (Fairbank et al., 349 people)',
  publisher: 'BMJ',
  year: 2005,
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC558090',
};

export const froholdt2012: CitedSource = {
  id: 'froholdt-2012',
  title: 'Nine-year follow-up of a Norwegian trial of spinal fusion for chronic low back pain (Froholdt et al.)',
  publisher: 'European Spine Journal',
  year: 2012,
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3508245',
};

export const cadthRc1485: CitedSource = {
  id: 'cadth-rc1485',
  title: 'Rapid review of platelet-rich plasma for low back pain (RC1485)',
  publisher: 'CADTH (Canadian Journal of Health Technologies)',
  year: 2023,
  url: 'https://www.canjhealthtechnol.ca/index.php/cjht/article/view/RC1485',
};

export const michiganfootPrp: CitedSource = {
  id: 'michiganfoot-prp',
  title: 'What is a PRP injection? (quotes AAOS cost figures)',
  publisher: 'Michigan Foot Doctors (clinic page)',
  url: 'https://michiganfootdoctors.com/what-is-prp-injection',
};

export const singlecarePrp: CitedSource = {
  id: 'singlecare-prp',
  title: 'PRP injection: cost and insurance (blog post)',
  publisher: 'SingleCare (company blog)',
  url: 'https://singlecare.com/blog/prp-injection',
};

export const pmc7005975Cpt: CitedSource = {
  id: 'pmc7005975-cpt',
  title: 'Article on US billing codes for PRP, including Category III code 0232T for emerging technology',
  publisher: 'PubMed Central',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7005975',
};

const byId = (sources: readonly CitedSource[]): Readonly<Record<string, CitedSource>> =>
  Object.fromEntries(sources.map((source) => [source.id, source]));

/** Every source by id: for tests and tools (elements import only the sources they cite). */
export const SOURCES = /* @__PURE__ */ byId([
  nhsBackPain,
  seattlePrp,
  pengPrp,
  tiosInstructions,
  prpLondonFaq,
  leach2024,
  jointandspineTiming,
  savemedPrp,
  sosbonesPrp,
  dutchRct2024,
  tuakli2016,
  changPark2021,
  royalfreeCes,
  glosRedFlags,
  ijcedPrp,
  asipp2019,
  bioeng2023Layers,
  pmc7704139Volumes,
  pmc7607802Spins,
  jointandspineSafety,
  niceNg59,
  cochraneProlotherapy,
  rabago2010,
  cochraneEsi2020,
  aafp2021Esi,
  uwhealthEsiHome,
  albertaEsiHome,
  spencerEpidural,
  hopkinsEsi,
  yoonChoi2024,
  bmri2022Prp,
  clevelandclinicRfa,
  narouze2018,
  fdaEsi2014,
  niceQs155,
  mint2017,
  clevelandRfa,
  rapaindocsRfa,
  niceNg59Bmj,
  acp2017,
  aomrcEbiInjections,
  aomrcEbiFusion,
  fairbank2005,
  froholdt2012,
  cadthRc1485,
  michiganfootPrp,
  singlecarePrp,
  pmc7005975Cpt,
]);
