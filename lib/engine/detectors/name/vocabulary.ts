/**
 * Cue words around personal names in clinical notes and social posts, and words that look like names but are
 * not. The cue families are the kinds de-identifiers rely on (compare the PhysioNet deid name filter,
 * Neamatullah et al., BMC Med Inform Decis Mak 2008, and Presidio's context-aware enhancer); the negatives are
 * ordinary clinical vocabulary (eponymous diseases, devices and scales, calendar words, ward and staff
 * abbreviations).
 */

/** Lower-case words as a set, written as one space-separated string to keep the lists readable. */
function words(list: string): ReadonlySet<string> {
  return new Set(list.trim().split(/\s+/));
}

/** Courtesy titles of patients and relatives: the name after them is rewritten as "the patient". */
export const PATIENT_TITLES = words('mr mrs ms miss mx mister missus');

/** Professional titles: the name after them is a clinician's (reported, as the benchmarks label them). */
export const CLINICIAN_TITLES = words("dr drs dr's drs' dra doctor prof professor");

/** Relatives, household members and other people close to a patient ("-in-law" forms are matched too). */
export const RELATIONS = words(`
  daughter son wife husband mother mom mum mommy father dad daddy sister brother sis bro niece nephew neice
  grandson granddaughter grandmother grandfather grandma grandpa granny grandchild grandkid aunt auntie uncle
  cousin friend neighbor neighbour partner fiance fiancee boyfriend girlfriend spouse sibling stepson
  stepdaughter stepmother stepfather stepmom stepdad dtr dau guardian caregiver roommate landlord employer
  boss coworker co-worker colleague godson goddaughter godmother godfather twin baby infant toddler child kid
  teen patient pt client bff bestie sweetheart buddy pal lawyer attorney spokesperson poa ex-wife ex-husband
  daughters sons sisters brothers friends neighbors neighbours cousins nieces nephews grandsons
  granddaughters grandchildren children kids parents parent`);

/** Relations of more than one word. */
export const RELATION_PHRASES: readonly string[] = [
  'significant other', 'contact person', 'spokes person', 'family member', 'family friend', 'health care proxy',
  'healthcare proxy', 'grand daughter', 'grand son', 'step son', 'step daughter', 'best friend',
];

/** Clinical and pastoral roles written before a name ("NP Carol", "HO Schwarz", "Rabbi Klein"). */
export const ROLES = words(`
  np md rn ho pa rrt nurse resident intern fellow attending therapist pharmacist sw rabbi chaplain reverend
  rev pastor imam cantor caseworker`);

/** Roles of more than one word. */
export const ROLE_PHRASES: readonly string[] = ['case manager', 'case worker', 'social worker', 'iv nurse', 'charge nurse'];

/** Hospital services a visiting clinician comes from ("Ann Roe from social work"). */
export const SERVICES: readonly string[] = [
  'speech', 'speech therapy', 'speech and swallow', 'pt', 'ot', 'physical therapy', 'occupational therapy', 'sw',
  'social work', 'social services', 'case management', 'nutrition', 'dietary', 'pastoral care', 'chaplaincy',
  'rehab', 'respiratory', 'respiratory therapy', 'pharmacy', 'ethics', 'palliative care', 'hospice', 'admitting',
  'interpreter services', 'wound care', 'pain service',
];

/** Phrases after which the next capitalised word names someone the writer dealt with. */
export const CONTACT_PHRASES: readonly string[] = [
  'spoke with', 'spoke to', 'spoken with', 'spoken to', 'speak with', 'talked with', 'talked to', 'talk with',
  'discussed with', 'met with', 'meeting with', 'called', 'paged', 'notified', 'informed', 'updated', 'per',
  'as per', 'seen by', 'visited by', 'evaluated by', 'examined by', 'followed by', 'seen and evaluated by',
  'reported to', 'signed out to', 'handed off to', 'contacted', 'message left for', 'left message for',
  'attn', 'attention', 'name is', 'named', 'my name is', "i'm", 'i am', 'this is', 'call me', 'known as',
  'followed up with', 'follow up with', 'consulted', 'contacts', 'met w/', 'to meet', 'meet with', 'accompanied by', 'thanks to', 'thank you',
  'shout out to', 'proud of', 'congrats', 'congratulations', 'pray for', 'prayers for', 'praying for',
  'rip', 'in memory of', 'directed by', 'starring', 'sung by', 'written by', 'heard',
  'family of', 'care of', 'caring for', 'cared for', 'visit from', 'visited', 'says', 'said', 'asked', 'told',
  'shouted at', 'calls me', 'named him', 'named her', 'name', 'last name', 'first name', 'full name',
  'remember me', 'my kid', 'between him and', 'between her and', 'consult with', 'consulting with',
  'address', 'billing address', 'shipping address', 'mailing address', 'bill to', 'ship to', 'deliver to',
  'account holder', 'cardholder', 'card holder', 'signed', 'sincerely', 'regards', 'best regards', 'cheers',
  'kind regards', 'everyone calls me', 'user', 'customer', 'caller', 'account name', 'name on the account',
  'name on the card', 'maiden name', 'people call me', 'call him', 'call her',
];

/** Contact phrases strong enough that an unknown word after them (not English, not a dictionary name) counts. */
export const STRONG_CONTACT_PHRASES: readonly string[] = [
  'spoke with', 'spoke to', 'spoken with', 'spoken to', 'talked with', 'talked to', 'discussed with',
  'met with', 'seen by', 'visited by', 'evaluated by', 'examined by', 'seen and evaluated by', 'reported to',
  'signed out to', 'handed off to', 'message left for', 'left message for', 'name is', 'named', 'my name is',
  'call me', 'known as', 'followed up with', 'follow up with', 'accompanied by', 'as per', 'pray for',
  'prayers for', 'praying for', 'in memory of', 'proud of', 'shout out to', 'directed by', 'sung by',
  'written by', 'starring', 'calls me', 'named him', 'named her', 'name', 'last name', 'first name',
  'full name',
];

/** Credentials written after a clinician's name ("Jane Roe, RN"). */
export const CREDENTIALS = words(`
  rn md np pa pa-c rrt crt bsn lpn lvn cna phd msw licsw lcsw crna aprn dnp pharmd rph ot otr slp dds dmd mph fnp
  acnp anp cnm cns ccrn msn mba facs facp frcp mbbs rd ldn psyd ma mm`);

/** Words after a name that say a person did something or was told ("Dr Roe aware", "Roe notified"). */
export const AFTER_PHRASES: readonly string[] = [
  'aware', 'notified', 'paged', 'called', 'updated', 'informed', 'at bedside', 'in to see', 'in to visit',
  'in to evaluate', 'here to visit', 'visited', 'called in', 'came in', 'came to visit', 'spoke', 'said',
  'says', 'stated', 'states', 'reports', 'reported', 'wants', 'asked', 'is a very', 'was here', 'is here',
  'will call', 'is speaking', 'does not', 'family', 'cell', 'cell#', 'home#', 'phone', 'tel', 'mobile',
  'in to', 'into see', 'into evaluate', 'made aware', 'ordered', 'placed', 'recommended', 'suggested',
];

/** Words after a name that only a person does ("Shovda lives in", "Oduya passed away"). */
export const PERSON_AFTER_PHRASES: readonly string[] = [
  'lives', 'lived', 'is from', 'was from', 'spent', 'had given', 'will be talking', 'began', 'shouted',
  'is very', 'passed away', 'died', 'was born', 'was diagnosed', 'has been diagnosed', 'is recovering',
  'is doing', 'underwent', 'just has to', 'is so', 'was so', 'and i', 'and me', 'is on vacation', 'is on vaca',
  'is on leave', 'is away', 'is off today', 'is on call',
];

/** Nouns after a possessive that make its owner a person ("Okafor's widow", "Lindqvist's funeral"). */
export const PERSON_POSSESSIONS = words(`
  killer killers murderer murderers funeral death obituary memorial widow widower family estate lawyer attorney
  birthday wedding grave wife husband`);

/** Lower-case particles inside a capitalised name ("Dyan van Gijn", "Maika van de Noort"). */
export const SURNAME_PARTICLES = words('van von de der den del della di da dos das du le la ten ter bin binti al zu');

/** Organisation suffixes that are never part of a person's name; they end a run of name words. */
export const ORGANISATION_SUFFIXES = words('inc ltd llc llp plc corp corporation gmbh associates technologies orchestra holdings analytics');

/** Words after a capitalised sequence that make it an organisation, not a person ("Reed Elsevier Inc"). */
export const ORGANISATION_WORDS: readonly string[] = [
  'inc', 'ltd', 'llc', 'llp', 'plc', 'corp', 'corporation', 'co', 'gmbh', 'group', 'associates', 'technologies',
  'partners', 'orchestra', 'research', 'investments', 'foundation', 'university', 'college', 'hospital',
  'clinic', 'agency', 'bank', 'insurance', 'ratings', 'institute', 'press', 'media', 'labs', 'systems',
  'solutions', 'consulting', 'capital', 'holdings', 'border force', 'analytics', 'health', 'healthcare',
  'medical center', 'center', 'centre', 'school', 'church', 'street', 'st', 'avenue', 'ave', 'road', 'rd',
  'county', 'city', 'hall', 'park', 'library',
];

/** Words that are never a name where this detector meets them: function words, calendar and clinical terms. */
export const NEVER_NAMES = words(`
  a an the this that these those and or but nor not no yes to in at on of for with by from up down out over
  as is was are were be been being am has had have having do does did done will would shall should may might
  must can could who whom whose which what when where why how he she they we you i me him her them us my his
  its our your their mine hers ours theirs it all any some each every both either neither other another such
  same very also just only still even again then than there here now today tonight tomorrow yesterday
  morning afternoon evening night noon midnight week weekend month year day days hour hours min mins minute
  please thanks thank hi hello hey dear ok okay re fwd fyi per via i'm i'll i've i'd im ive

  january february march april may june july august september october november december jan feb mar apr jun
  jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu
  thur thurs fri sat sun christmas easter thanksgiving

  icu micu sicu ccu csru cvicu nicu picu ed er or pacu pcu ho md rn np pa team resident intern fellow
  attending nurse nsg staff pt pts family fam hcp pcp ep gi id renal neuro cards ortho psych sw cm rt resp
  iv ivf po pr sl sq sc im prn bid tid qid qd qhs qod ngt ogt ett trach cvp abg vbg cxr ekg ecg echo ct mri
  bp hr rr sbp dbp map o2 sat sats spo2 ivp kcl ns lr d5w tpn npo dnr dni cmo lll rll rul lul rml gu gyn
  ob ent cabg ptca cath lab labs hct hgb wbc plt inr ptt bun cr na mg ca phos ck trop lft lfts abx
  hx pmh dx tx rx sx fx bx s/p c/o w/ w/o neg pos wnl nad afeb vss nkda adm dc d/c f/u
  mrn dob ssn ph mds rns ceo abd aline a-line brady tachy fe derm bronch surg ir hd egd eps vue carevue peg
  vit endo floro fluoro psv sxt sxn nt bs uo tlc vvi ddd perl perrl perrla stas desitin destin nsurg cont con't
  mae lue rue lle rle kub ng ted teds crea fem so jesus god lord neb csurg
  english spanish french german italian portuguese russian chinese cantonese mandarin japanese korean
  vietnamese haitian creole arabic polish greek hindi hebrew farsi somali
`);

/**
 * Eponymous diseases, devices, signs and scales, and drug names that share a spelling with a surname: not a
 * name unless a title such as "Dr." stands before it ("Foley catheter" but "Dr. Foley").
 */
export const CLINICAL_TERMS = words(`
  parkinson parkinson's alzheimer alzheimer's foley glasgow hickman swan ganz crohn crohn's hodgkin
  hodgkin's cushing cushing's addison addison's graves graves' bell's tourette tourette's huntington
  huntington's kaposi guillain barre apgar braden morse trendelenburg fowler fowler's heimlich babinski
  doppler holter pap whipple nissen hartmann roux billroth jackson-pratt penrose sengstaken blakemore levin
  salem dobhoff yankauer quinton cordis groshong broviac venturi kerlix tegaderm xeroform duoderm mepilex
  allevyn posey hoyer ringer ringer's gram wilms ewing burkitt lyme raynaud raynaud's sjogren wernicke
  korsakoff reye stevens-johnson kawasaki marfan klinefelter hashimoto barrett barrett's meckel
  hirschsprung zenker mallory-weiss boerhaave cheyne-stokes kussmaul korotkoff mcburney homan homans
  romberg kernig brudzinski chvostek trousseau seldinger valsalva epley ranson child-pugh gleason breslow
  killip mallampati ramsay karnofsky rankin hunt-hess spetzler brugada mobitz wenckebach osborn coude
  fick shiley swann cude amber quinton coli diff aureus pylori aeruginosa cereus marcescens cloacae mirabilis
  influenzae jirovecii carinii maltophilia baumannii catarrhalis tuberculosis pneumoniae albicans faecalis faecium epidermidis difficile passy
  bair hugger ambu pleur-evac flexiseal lasix coumadin tylenol motrin advil ativan haldol versed fentanyl
  dilaudid morphine heparin insulin levophed neo propofol precedex vanco zosyn flagyl cipro levaquin
  protonix pepcid colace senna dulcolax lopressor metoprolol captopril lisinopril plavix aspirin asa
  lipitor zocor keppra dilantin ambien seroquel zofran reglan benadryl tums maalox mylanta
`);

/** Words after which a capitalised word is a sentence start, not evidence of a proper name. */
export const SENTENCE_BREAK = /[.!?:;\n\r•*>"“(\[]\s*$|^\s*$/;
