/**
 * Facility names — 45 CFR 164.514(b)(2)(i)(B): naming the hospital, clinic or nursing home where a patient
 * was treated places them in a subdivision smaller than a state (HHS de-identification guidance, 2012,
 * treats such names as geographic). Found by shape, not by a list of hospitals:
 *  - a proper name before a facility word ("Calvert Memorial Hospital", "Mercy Clinic", "Kernan hospital");
 *  - a saint's name ("St. Mary's", "St Agnes") and the usual religious names ("Holy Cross") after a cue;
 *  - a hospital's initials ending in H or MC ("MGH", "GBMC") after "to"/"at"/"from" or before "ED"/"cath";
 *  - a named ward with its floor after a transfer ("transferred to Reisman 4"): wards carry building names.
 * Departments without a proper name ("the hospital", "outside hospital", "cardiac rehab", "ICU") are not.
 */
import { AMBIGUOUS_PLACE_NAMES, PLACE_NAMES } from './gazetteer-data';
import { isStateOrCountry } from './regions';
import type { LocationSpan } from './span';
import { foldPlaceName, isCapitalised, isLowerCaseAround, isShoutedAround } from './text-shape';
import { foldCase } from '../fold-case';

// Facility words that make the proper name before them a facility even in capitals-only or lower-case notes.
const STRONG_FACILITY =
  // "hosp" and hurried spellings of "hospital" ("hospiatal", "hosptial"); "hospitalized" ends otherwise.
  'hosp(?:[a-z]{1,5}l)?|medical\\s+center|medical\\s+centre|med\\.?\\s+ctr|med\\.?\\s+center|medical\\s+ctr|clinic|' +
  'nursing\\s+home|nursing\\s+center|nursing\\s+and\\s+rehab(?:ilitation)?(?:\\s+center)?|hospice|infirmary|' +
  'health\\s+center|healthcare\\s+center|surgery\\s+center|surgical\\s+center|cancer\\s+center|care\\s+center|' +
  'rehabilitation\\s+(?:hospital|center)|heart\\s+(?:center|institute)|vamc|sanatorium|assisted\\s+living';
// Facility words that are also ordinary words ("cardiac rehab", "Memorial Day"): only after a capitalised
// name in mixed-case text, or after a known place name ("Baltimore Rehab").
const WEAK_FACILITY = 'rehab|memorial|regional|general|medical|health|healthcare|manor|va|adventist|methodist|baptist|presbyterian|lutheran|children\'s|campus|house';

// ASCII words, so no u flag: case-blind matching is much cheaper without it.
const FACILITY_WORD = new RegExp(`\\b(?:${STRONG_FACILITY}|${WEAK_FACILITY})\\b`, 'gi');
// The lower-case patterns below without the `i` flag (which would make V8 compile them several times slower)
// are run over folded text (fold-case.ts).
const STRONG_WORD = new RegExp(`^(?:${STRONG_FACILITY})$`, 'u');
// Further facility words after the first ("Calvert Memorial Hospital", "Regional Medical Center").
const FACILITY_TAIL = new RegExp(`^(?:[ \\t]+(?:${STRONG_FACILITY}|${WEAK_FACILITY})\\b)+`, 'u');

// Words that describe a facility without naming it, and function words a name never includes.
const GENERIC = new Set(
  ('the a an this that these our your his her their my its another other others outside osh local community ' +
    'county state city area same previous prior referring sending receiving nearby different new old big small ' +
    'private public teaching psychiatric psych mental rehab nursing veterans children childrens university ' +
    'general regional memorial medical health healthcare hospital hosp clinic center centre care acute ' +
    'inpatient outpatient cardiac pulmonary physical occupational speech subacute sub day night home house ' +
    'to at from in by of on for and or with was is be been were went go going gone admitted transferred ' +
    'transfer sent seen discharged returned called visit visited via per pt patient pts he she they who which ' +
    'where when will would should could may might can need needs needed plan planned awaiting await wait ' +
    'waiting bed beds screening screen referral refer accepted accepting family wife husband son daughter ' +
    'er ed icu ccu micu sicu nicu picu or pacu floor unit ward dialysis cath lab primary specialty urgent ' +
    'emergency walk-in free any some no not all both each every most many much more less long short term ' +
    'skilled facility facilities snf ltc ltac ltach rehabilitation hospice and/or also then than yesterday today ' +
    'tomorrow am pm last next first second leave left leaving wandering found met opt call contact notify ' +
    'notified outside inside into back return returned works work worked working employed job social ' +
    'behavioral behavioural public home-health vent stroke neuro ortho geriatric pediatric cardiopulmonary ' +
    'friend friends sister brother mother father parents neighbor neighbors neighbour girlfriend boyfriend ' +
    'grandmother grandfather own halfway group safe boarding open full whole white green main east west ' +
    'north south').split(' '),
);

// Saints' names common in hospital names; in capitals-only notes "ST" is more often the ST segment of an ECG.
const SAINT_NAMES = new Set(
  ('mary marys agnes joseph josephs john johns luke lukes jude judes francis vincent vincents elizabeth ' +
    'elizabeths anne annes ann anns michael michaels peter peters paul pauls catherine catherines clare ' +
    'barnabas raphael raphaels david davids james mark marks thomas andrew andrews margaret margarets helena ' +
    'rose teresa theresa charles cloud louis patrick patricks anthony anthonys bernard bernards dominic ' +
    'elizabeth joan luke alexius alphonsus clair claire edward francis gabriel hedwig jerome lawrence ' +
    'mercy benedict camillus cabrini tammany').split(' '),
);
const SAINT = /\b(?:St|ST|Saint|SAINT|Ste)\.?[ \t]+(\p{Lu}[\p{L}]+(?:['’]s)?)/gu;
// A saint's hospital shortened to an initial after a cue: "had a bed @ St A.", "went to St. J."
const SAINT_INITIAL = /\bSt\.?[ \t]\p{Lu}\./gu;
// Religious and charitable names that hospitals share ("at Holy Cross", "to Sacred Heart").
const RELIGIOUS_NAME =
  /\b(?:Holy\s+(?:Cross|Family|Name|Redeemer|Spirit)|Sacred\s+Heart|Good\s+Sam(?:aritan)?|Mercy|Providence|Shriners|Kaiser(?:\s+Permanente)?)\b/gi;
const FACILITY_CUE_BEFORE =
  /(?:(?:^|[^\p{L}])(?:to|at|from|in|by|@|into|via|on|transfer(?:red)?\s+to|admitted\s+to|accepted\s+(?:at|by|to)|works?\s+(?:at|for))\s+(?:the\s+)?(?:(?:er|ed|ew)\s+)?|>\s*)$/u;
const hasFacilityCue = (before: string): boolean => FACILITY_CUE_BEFORE.test(foldCase(before));
// "University of Maryland Medical Center", "U of MD", "U Maryland".
const UNIVERSITY = /\b(?:University|UNIVERSITY|Univ\.?|UNIV\.?|U\.?)\s+(?:of|OF)\s+\p{Lu}[\p{L}]+(?:\s+(?:Medical|MEDICAL|Med|MED)(?:\s+(?:Center|CENTER|Ctr|CTR|Centre))?)?|\bU\.?\s+\p{Lu}\p{Ll}+(?=\s)/gu;

// Hospital initials: one to four capitals then H, MC or HC ("GH", "MGH", "GBMC", "VAMC").
const INITIALS = /\b[A-Z]{1,4}(?:H|MC|HC)\b/g;
const NOT_FACILITY_INITIALS = new Set(
  ('OSH NH BPH ICH SAH SDH IVH LVH RVH PPH NPH TSH LDH ACTH PTH ADH FSH LH HGH ACH PH BH TH CH MCH MH PMH FH ' +
    'SH HH IH CAH PAH IPH PNH RAH ETOH TOH EtOH DH AH OH UH EH KH ZH WH YH PCH HCH MDH CDH GDH HPH SNH ' +
    'NMH ECH DOH PEH PWH BCH DMH EMH HDH CMC PMC RMC DMC HMC MC HC PHC CHC NHC DHC').split(' '),
);
/** Initials, not a word written in capitals ("COUGH", "WITH"): short, or without vowels before the H. */
function looksLikeInitials(token: string): boolean {
  if (/(?:MC|HC)$/.test(token)) return token.length <= 5;
  return token.length <= 3 || !/[AEIOUY]/.test(token.slice(0, -1));
}
const INITIALS_CUE_BEFORE = /(?:^|[^\p{L}])(?:to|at|from|@|into|by|in|leave|transfer(?:red)?\s+to|presented\s+to|admitted\s+to)\s+(?:the\s+)?$/u;
const INITIALS_CUE_AFTER = /^\s+(?:ED|ER|EW|ICU|CCU|cath|lab|clinic|hospital|campus|cx|attorneys?|staff)\b/i;
// A hospital named before its emergency department, after a cue: "sent to Calder Hill EW", "at Linwood ED".
const NAMED_EMERGENCY = /\b(?:to|at|from|in)[ \t]+((?:\p{Lu}\p{Ll}+[ \t]+){1,3})(?:ED|ER|EW)\b/gu;
// Words that name a part of an emergency department, not a hospital ("Adult ED", "Triage ED").
const EMERGENCY_AREA = new Set('adult adults triage trauma peds paediatric pediatric minor major fast track psych dental eye womens'.split(' '));
// Lower-case notes write the initials in lower case too ("sent to gh for eval"); two letters ending in h.
const LOWER_INITIALS = /(?:^|[^a-z])(?:to|at|from)\s+([a-z]h)\b/g;
const NOT_LOWER_INITIALS = new Set(['oh', 'uh', 'ah', 'eh', 'sh', 'ch', 'th', 'ph', 'nh', 'bh', 'dh', 'fh', 'hh', 'ih', 'lh', 'rh', 'wh']);

// A ward named after a building, with its floor: "transfer to Reisman 2", "ON FARR 6", "from Whitcomb 3".
// ASCII-only and without the u flag: this runs over every note, and building names are written in ASCII.
const NAMED_WARD =
  /\b(?:to|from|on|at|transfer|plan\s*:|p\s*:)\s+(?:the\s+)?([a-z]{4,})[ \t]{0,2}(\d|1[0-4])(?![\w%]|[.:/,-]\d|\s*(?:mg|mcg|units?|ml|cc|l|x|times|hrs?|hours?|days?|am|pm)\b)/gi;
// A count after a place ("2 in Lagos 3 in Kano", "Waikato 5 of them") is no floor number.
const COUNT_AFTER = /^\s+(?:in(?!\s+(?:am|pm|the\s+(?:am|morning|evening)))|of|are|were|and|new|more|cases|people|patients|deaths)\b/i;
// A movement verb before "to"/"from" makes the ward more certain than a bare "on"/"in".
const WARD_TRANSFER_BEFORE =
  /\b(?:transfer(?:red|ring)?|transfered|xfer(?:red)?|tx(?:'d|d)?|c\/o|called\s+out|admitted|adm|sent|go|going|went|moved|returned|arrived|received|called|back|again)\s+(?:\w+\s+)?$/i;
const NOT_WARD = new Set(
  ('floor bed room unit pod ward area level step stepdown tele telemetry bay icu ccu micu sicu csru nicu picu ' +
    'ctic tsicu pacu rehab cath home dialysis surgery radiology ct mri or ed er nursing house from with over ' +
    'about every each daily dose drip rate goal mode mask cannula liters vent settings psv peep cpap bipap ' +
    'cmv simv ac prvc fio2 lasix heparin insulin levophed neo dopa dopamine propofol fentanyl versed morphine ' +
    'dilaudid nitro integrilin amio amiodarone diltiazem labetalol lopressor hydral nipride vasopressin ' +
    'norepinephrine epinephrine dobutamine milrinone precedex ativan haldol zosyn vanco vancomycin cefepime ' +
    'flagyl levaquin cipro bactrim potassium kcl magnesium calcium phos sodium bicarb albumin ffp prbc plts ' +
    'platelets units hours days weeks months minutes times doses bags liter high upper lower about around ' +
    'approx baseline only less more than over under room time phase stage grade level type class given give ' +
    'take start started cont continue need needs change increase decrease check repeat wean titrate ' +
    'least most page chapter section version part round game season volume gate terminal platform step zone ' +
    'tier phase levo vaso pitressin dobut nitro neosynephrine pressors pressure support trach nasal peep ' +
    'january february march april june july august september october november december sept ' +
    'monday tuesday wednesday thursday friday saturday sunday week weeks year years last next first past ' +
    'receive recieve transfuse infuse give get have make keep hold draw send').split(' '),
);

// A building moved to without its floor, or with a pair of floors: "transferred to 209 Pellham.", "c/o to
// pellham if stable", "poss transfer to pellham 2/3". Long words only: unit and service names are short or
// listed in NOT_WARD and UNIT_WORDS.
const BARE_WARD =
  /\b(?:transfer(?:red)?|transfered|xfer(?:red)?|c\/o|called\s+out|moved)\s+to\s+(?:the\s+)?(?:\d{1,4}\s+)?([a-z]{7,})((?:\s+(?:\d|1[0-4])\/(?:\d|1[0-4]))?(?=\s*(?:[.;,]|$|\s(?:if|when|once|today|tonight|tomorrow|later|this|in\s+am|in\s+the)\b)))/gi;
const UNIT_WORDS = new Set(
  ('hospice cardiac medical surgical stepdown telemetry neurology oncology cardiology neurosurgery surgery ' +
    'pulmonary intensive recovery another different regular general medicine').split(' '),
);

// Place names, those that are also words included ("Laurel Regional"): before a facility word they are names.
function placeNames(): Set<string> {
  placeSet ??= new Set([...PLACE_NAMES.split('|'), ...AMBIGUOUS_PLACE_NAMES.split('|')]);
  return placeSet;
}
let placeSet: Set<string> | null = null;

const NAME_WORD = /^[\p{L}][\p{L}\p{M}'’-]*/u;
const NAME_TOKEN_BEFORE = /([\p{L}][\p{L}\p{M}'’-]*)([ \t]+|-)$/u;
const MAX_NAME_WORDS = 4;

/** Walks back from a facility word over the words that name it; returns the name's start, or -1. */
const BUILDING_WORD = /^(?:house|campus)$/i;

/** "at Keeley House", "from the Pine Hill House": a cue before the one or two words that name the house. */
function houseCued(text: string, houseStart: number): boolean {
  const before = text.slice(Math.max(0, houseStart - 60), houseStart);
  const one = before.replace(/[ \t]*[\p{L}'’-]+[ \t]*$/u, ' ');
  return hasFacilityCue(one) || hasFacilityCue(one.replace(/[ \t]*[\p{L}'’-]+[ \t]*$/u, ' '));
}
const FACILITY_NOUN_AFTER = /^[ \t]+(?:facility|center|centre)\b/i;
const WORK_CUE_BEFORE = /\bworks?\s+(?:at|for)\s+$/i;
const NAMED_HOSPITAL_WORD = /^(?:memorial|regional)$/i;

function facilityNameStart(
  text: string,
  keywordStart: number,
  keyword: string,
  strong: boolean,
  shouted: boolean,
  lowerCase: boolean,
): number {
  let start = keywordStart;
  let words = 0;
  let knownPlace = false;
  while (words < MAX_NAME_WORDS) {
    const m = NAME_TOKEN_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
    if (!m) break;
    const word = m[1]!;
    const lower = word.toLowerCase();
    if (lower === 'of' && words > 0) {
      // "University of Maryland Medical": keep "of" only when a capitalised word comes before it.
      const before = NAME_TOKEN_BEFORE.exec(text.slice(Math.max(0, start - m[0].length - 30), start - m[0].length));
      const head = before?.[1]!.toLowerCase() ?? '';
      if (before && (strong || isCapitalised(before[1]!)) && !GENERIC.has(head)) {
        start -= m[0].length;
        continue;
      }
      // "university of maryland hospital": the university's name takes in "university of".
      if (before && strong && /^(?:university|univ|college)$/.test(head)) {
        start -= m[0].length + before[0].length;
        words++;
      }
      break;
    }
    // "Memorial Hospital" is a name; "the hospital", "cardiac rehab" are not.
    const namedMemorial = lower === 'memorial' && words === 0 && strong;
    // "radiation planning on North Campus": a hospital's campus named by its side.
    const namedCampus = words === 0 && !shouted && /^campus$/i.test(keyword) && /^(?:North|South|East|West|Main)$/.test(word);
    if ((GENERIC.has(lower.replace(/['’]s$/, '')) && !namedMemorial && !namedCampus) || /\d/.test(word)) break;
    if (!shouted && !strong && !isCapitalised(word) && !lowerCase) break;
    if (placeNames().has(foldPlaceName(word))) knownPlace = true;
    start -= m[0].length;
    words++;
  }
  if (words === 0) return -1;
  // A weak facility word in capitals-only text needs a known place as its name ("BALTIMORE REHAB"), unless
  // it is a word that names a building ("FROM THE KEELEY HOUSE", "TO THE ZAGARIA CAMPUS"; both need a cue).
  // "AT UNION MEMORIAL", "TO HADLEY REGIONAL" right after the cue are hospital names too.
  const building = BUILDING_WORD.test(keyword) || (shouted && NAMED_HOSPITAL_WORD.test(keyword) && words === 1);
  if (!strong && shouted && !knownPlace && !building) return -1;
  // In lower case the same holds, except after "works at"/"works for", which names an employer.
  const employer = WORK_CUE_BEFORE.test(text.slice(Math.max(0, start - 20), start));
  // A name in capitals before a lower-case facility word, after "from"/"to"/"at" ("admit from KERNAN rehab"),
  // is written as a name even where the facility word is not.
  const cuedName = !shouted && words === 1 && /^\p{Lu}{5,}\b/u.test(text.slice(start, keywordStart)) &&
    hasFacilityCue(text.slice(Math.max(0, start - 30), start));
  if (!strong && lowerCase && !knownPlace && !building && !employer && !cuedName) return -1;
  // Where capitals prove nothing, the name must follow "to", "at", "from"… ("ADMITTED TO CALVERT HOSPITAL").
  if ((shouted || !isCapitalised(text.slice(start, start + 1))) && !hasFacilityCue(text.slice(Math.max(0, start - 30), start))) return -1;
  return start;
}

// "… Oakdale Rehab or Kimber Rehab", "… Oakdale Rehab and Kimber.": a second facility in the same list.
const COORDINATED = /^[ \t]+(?:and|or|AND|OR|&)[ \t]+([\p{L}][\p{L}'’-]{3,})(?:[ \t]+([\p{L}]+))?/u;

/** The facility named after "and"/"or" right after one, with the same facility word or ending the clause. */
function coordinatedFacility(text: string, end: number, keyword: string): LocationSpan | null {
  const m = COORDINATED.exec(text.slice(end, end + 60));
  if (!m || GENERIC.has(m[1]!.toLowerCase()) || FACILITY_WORD_ONLY.test(m[1]!)) return null;
  const start = end + m[0].indexOf(m[1]!); // the conjunction before it is shorter than the name
  const sameWord = m[2] !== undefined && m[2].toLowerCase() === keyword.toLowerCase();
  if (sameWord) return { start, end: end + m[0].length, confidence: 0.8, kind: 'facility' };
  const nameEnd = start + m[1]!.length;
  return /^[ \t]*[.;,]/.test(text.slice(nameEnd, nameEnd + 3)) ? { start, end: nameEnd, confidence: 0.75, kind: 'facility' } : null;
}
const FACILITY_WORD_ONLY = new RegExp(`^(?:${STRONG_FACILITY}|${WEAK_FACILITY})$`, 'i');

export function findFacilities(text: string): LocationSpan[] {
  const out: LocationSpan[] = [];
  FACILITY_WORD.lastIndex = 0;
  for (let m = FACILITY_WORD.exec(text); m; m = FACILITY_WORD.exec(text)) {
    const keyword = m[0];
    let end = m.index + keyword.length;
    if (/^memorial$/i.test(keyword) && /^\s+day\b/i.test(text.slice(end, end + 6))) continue;
    // "House" names a residence only after "at"/"from"/"to" ("lives at Keeley House", not "House Diet").
    if (/^house$/i.test(keyword) && !houseCued(text, m.index)) continue;
    // "rehab facility", "rehab center": a weak word that a second facility word makes a facility's name.
    const strong = STRONG_WORD.test(foldCase(keyword)) || FACILITY_NOUN_AFTER.test(text.slice(end, end + 12));
    const shouted = isShoutedAround(text, m.index, end);
    // Lower-case notes write names in lower case too ("works at harford memorial"): there a cue decides.
    // (Then the name must be a known place or follow "works at"; see facilityNameStart.)
    const start = facilityNameStart(text, m.index, keyword, strong, shouted, !isCapitalised(keyword));
    if (start < 0) continue;
    const tail = FACILITY_TAIL.exec(foldCase(text.slice(end, end + 60)));
    if (tail) FACILITY_WORD.lastIndex = end += tail[0].length;
    const name = NAME_WORD.exec(text.slice(start, start + 40))?.[0];
    const span: LocationSpan = { start, end, confidence: strong || tail ? 0.9 : 0.8, kind: 'facility' };
    // Only names proved by a hospital word are looked for again: "Union Health" does not make every "Union" one.
    if (name && (strong || BUILDING_WORD.test(keyword)) && !GENERIC.has(name.toLowerCase())) span.name = name;
    out.push(span);
    const other = coordinatedFacility(text, end, keyword);
    if (other) out.push(other);
  }
  SAINT.lastIndex = 0;
  for (let m = SAINT.exec(text); m; m = SAINT.exec(text)) {
    const name = m[1]!.toLowerCase().replace(/['’]/g, '');
    const shouted = isShoutedAround(text, m.index, m.index + m[0].length);
    // "ST HR", "SR-ST Transfused": the ECG's ST segment. Mixed-case text writes the saint "St" + a name.
    if (shouted ? !SAINT_NAMES.has(name) : m[0].startsWith('ST') || !/^\p{Lu}\p{Ll}/u.test(m[1]!)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, confidence: 0.8, kind: 'facility' });
  }
  // Without "St" the pattern is not run, nor compiled.
  SAINT_INITIAL.lastIndex = 0;
  for (let m = text.includes('St') ? SAINT_INITIAL.exec(text) : null; m; m = SAINT_INITIAL.exec(text)) {
    if (!hasFacilityCue(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    out.push({ start: m.index, end: m.index + m[0].length - 1, confidence: 0.75, kind: 'facility' });
  }
  RELIGIOUS_NAME.lastIndex = 0;
  for (let m = RELIGIOUS_NAME.exec(text); m; m = RELIGIOUS_NAME.exec(text)) {
    const end = m.index + m[0].length;
    const tail = FACILITY_TAIL.exec(foldCase(text.slice(end, end + 60)));
    if (!tail && !hasFacilityCue(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    out.push({ start: m.index, end: end + (tail ? tail[0].length : 0), confidence: 0.8, kind: 'facility' });
  }
  UNIVERSITY.lastIndex = 0;
  for (let m = UNIVERSITY.exec(text); m; m = UNIVERSITY.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, confidence: 0.8, kind: 'facility' });
  }
  INITIALS.lastIndex = 0;
  for (let m = INITIALS.exec(text); m; m = INITIALS.exec(text)) {
    if (NOT_FACILITY_INITIALS.has(m[0]) || !looksLikeInitials(m[0])) continue;
    const end = m.index + m[0].length;
    const cued =
      INITIALS_CUE_BEFORE.test(foldCase(text.slice(Math.max(0, m.index - 30), m.index))) ||
      INITIALS_CUE_AFTER.test(text.slice(end, end + 12));
    if (cued) out.push({ start: m.index, end, confidence: 0.8, kind: 'facility' });
  }
  NAMED_EMERGENCY.lastIndex = 0;
  for (let m = /\bE[DRW]\b/.test(text) ? NAMED_EMERGENCY.exec(text) : null; m; m = NAMED_EMERGENCY.exec(text)) {
    const name = m[1]!.trimEnd();
    if (name.split(/[ \t]+/).some((w) => GENERIC.has(w.toLowerCase()) || EMERGENCY_AREA.has(w.toLowerCase()))) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    out.push({ start, end: start + name.length, confidence: 0.8, kind: 'facility' });
  }
  LOWER_INITIALS.lastIndex = 0;
  for (let m = LOWER_INITIALS.exec(text); m; m = LOWER_INITIALS.exec(text)) {
    if (NOT_LOWER_INITIALS.has(m[1]!) || /\p{L}/u.test(text[m.index] ?? '')) continue;
    const end = m.index + m[0].length;
    out.push({ start: end - 2, end, confidence: 0.7, kind: 'facility' });
  }
  BARE_WARD.lastIndex = 0;
  for (let m = BARE_WARD.exec(text); m; m = BARE_WARD.exec(text)) {
    const ward = m[1]!;
    if (NOT_WARD.has(ward.toLowerCase()) || UNIT_WORDS.has(ward.toLowerCase()) || isStateOrCountry(foldPlaceName(ward))) continue;
    const start = m.index + m[0].length - m[2]!.length - ward.length;
    out.push({ start, end: start + ward.length, confidence: 0.7, kind: 'facility', name: ward });
  }
  NAMED_WARD.lastIndex = 0;
  for (let m = NAMED_WARD.exec(text); m; m = NAMED_WARD.exec(text)) {
    const ward = m[1]!;
    // Adverbs ("down to currently 8") are no building names.
    const end = m.index + m[0].length;
    if (NOT_WARD.has(ward.toLowerCase()) || /ly$/i.test(ward) || COUNT_AFTER.test(text.slice(end, end + 12))) continue;
    if (isStateOrCountry(foldPlaceName(ward))) continue;
    // Mixed-case text writes a building's name capitalised ("Reisman 4"); "iPhone 8", "version 2" are not.
    const start = m.index + m[0].lastIndexOf(ward);
    const moved = WARD_TRANSFER_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index));
    if (!moved && !/^[A-Z](?:[a-z]+|[A-Z]+)$/.test(ward) && !isLowerCaseAround(text, start, start + ward.length)) continue;
    out.push({ start, end, confidence: moved ? 0.8 : 0.7, kind: 'facility', name: ward });
  }
  return out;
}
