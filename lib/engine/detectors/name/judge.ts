import type { Candidate } from '../../detector';
import type { Fix } from '../../finding';
import { isEverydayEnglish, lexiconClass, lookUp, type WordFacts } from './dictionary';
import { factsOf, isInitial, startsWithEverydayWord } from './runs';
import type { CaseMode, Token } from './tokens';
import { execFolded, foldCase } from '../fold-case';
import {
  AFTER_PHRASES,
  CLINICAL_TERMS,
  CLINICIAN_TITLES,
  CONTACT_PHRASES,
  CREDENTIALS,
  PATIENT_TITLES,
  PERSON_POSSESSIONS,
  RELATION_PHRASES,
  RELATIONS,
  ORGANISATION_WORDS,
  PERSON_AFTER_PHRASES,
  ROLE_PHRASES,
  ROLES,
  SENTENCE_BREAK,
  SERVICES,
  STRONG_CONTACT_PHRASES,
  SURNAME_PARTICLES,
} from './vocabulary';

/** A reported name, remembered so that "Drs Roe and Poe" carries the title over to the second name. */
export interface Accepted {
  candidate: Candidate;
  /** End of the name itself (the candidate may also cover a credential). */
  nameEnd: number;
  /** Whether a title, relation or credential cue was found. */
  cued: boolean;
}

export interface RunInput {
  text: string;
  tokens: readonly Token[];
  /** Token range of the run, end exclusive. */
  start: number;
  end: number;
  mode: CaseMode;
  allowedNames: ReadonlySet<string>;
  previous: Accepted | null;
  /** The text is clinical shorthand (doses, vital signs), where unknown capitalised words are mostly drugs. */
  shorthand: boolean;
}

const alternatives = (phrases: Iterable<string>): string =>
  [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');

// Each cue regex is anchored at the name (end of the text before it, start of the text after it) and reads a
// bounded slice, so its cost does not grow with the draft. The phrases are lower case and the slices folded
// (fold-case.ts): the `i` flag would make V8 compile these regexes several times slower. The cues before a
// name carry the `d` flag so that `execFolded` can return what they matched as written.
const TITLE_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}+])(${alternatives([...PATIENT_TITLES, ...CLINICIAN_TITLES])})(\\.?)\\s*$`, 'du');
const RELATION_WORDS = alternatives([...RELATIONS, ...RELATION_PHRASES]);
const RELATION_BEFORE = new RegExp(
  `(?<![\\p{L}])(${RELATION_WORDS})(?:-in-law)?\\s*(?:[,:(-]\\s*)?(?:(?:is|was|named|called)\\s+)?["“]?$`,
  'du',
);
const ROLE_WORDS = alternatives([...ROLES, ...ROLE_PHRASES]);
const ROLE_BEFORE = new RegExp(`(?<![\\p{L}])(${ROLE_WORDS})\\.?\\s*[,:]?\\s*$`, 'du');
const CONTACT_BEFORE = new RegExp(`(?<![\\p{L}])(${alternatives(CONTACT_PHRASES)})\\s*[,:?-]?\\s*["“]?$`, 'du');
/** Lower case: test it on folded text. */
export const ORGANISATION_AFTER = new RegExp(`^\\s*,?\\s*(?:${alternatives(ORGANISATION_WORDS)})(?![\\p{L}])`, 'u');
const STRONG_CONTACTS = new Set(STRONG_CONTACT_PHRASES);
const CREDENTIAL_AFTER = new RegExp(`^\\s*,?\\s*(${alternatives(CREDENTIALS)})(?![\\p{L}'’])`, 'du');
const ACTION_AFTER = new RegExp(`^\\s*,?\\s*(?:${alternatives(AFTER_PHRASES)})(?![\\p{L}])`, 'u');
const PERSON_AFTER = new RegExp(`^\\s*(?:${alternatives(PERSON_AFTER_PHRASES)})(?![\\p{L}])`, 'u');
const SERVICE_AFTER = new RegExp(`^\\s*,?\\s*from\\s+(?:the\\s+)?(?:${alternatives(SERVICES)})(?![\\p{L}])`, 'u');
/** A labelled phone number straight after: "cell# 555…", "home: (555) …". */
const NUMBER_AFTER = /^\s*[,-]?\s*(?:cell|mobile|home|work|phone|tel|ph)\s*(?:#|no\.?|number)?\s*[:#]?\s*\(?\d{3}/u;
const NOTIFIED_AFTER = /^\s*,?\s*(?:aware|notified|paged|made aware|informed)(?![\p{L}])/u;
const ADDRESS_AFTER = /^\s*[,>]?\s*\d{1,6}\s+\p{Lu}/u;
const END_OF_TEXT = /^[\s.!]*$/;
const LINE_BEFORE = /(?:^|\n)[ \t>•*-]*$/;
/** Whether `at` starts a line, after at most six quoting or bullet marks ("> ", "??? "). */
function atLineStart(text: string, at: number): boolean {
  for (let k = at - 1; k >= at - 7; k--) {
    if (k < 0) return true;
    const c = text.charCodeAt(k);
    if (c === 10) return true;
    // Letters and digits end the search; everything else here is ASCII punctuation or space.
    if (c > 127 || (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) return false;
  }
  return false;
}
/** A street line ("3369 24 Clarke Avenue", "772 ul. Narewska 94") within the next few lines. */
const ADDRESS_BELOW = /^[^\n]*(?:\n[^\n]{0,60}){0,2}\n[^\p{L}\p{N}\n]{0,6}\d{1,6}\s+[\p{L}\d]/u;
/** "Ubul: What a wife.", "Mika: \"who are you?\"": a speaker's name opening a line of dialogue. */
const SPEAKER_AFTER = /^:[ \t]*["“]?[^\n]{0,80}?(?:\b(?:i|i'm|you|me|my|your|we)\b|[?!])/u;
/** The next line of the text is another speaker's ("Ubul: What a wife.\nNicole: …"); captures that speaker. */
const SPEAKER_NEXT = /^:[ \t]*["“]?\p{L}[^\n]{0,100}\n[^\p{L}\n]{0,6}(\p{L}[\p{L}'’-]{1,20}):[ \t]*["“]?\p{L}/u;
/** The previous line is another speaker's; captures that speaker. */
const SPEAKER_PREVIOUS = /(?:^|\n)[^\p{L}\n]{0,6}(\p{L}[\p{L}'’-]{1,20}):[ \t]*["“]?\p{L}[^\n]{0,100}\n[^\p{L}\p{N}\n]{0,6}$/u;
/** "Kuba, can I please…": a name called out at the start of a sentence. */
const VOCATIVE_AFTER = /^,\s*(?:can|could|would|will|please|i|you|we|do|did|are|have|thank|thanks|let's|listen|look)\b/u;
/** "Remember me, Randy?": a name called out at the end of a sentence. */
const VOCATIVE_CLOSE = /^\s*[?!]/;
const POSSESSED_PERSON = new RegExp(
  `^\\s+(?:${alternatives([...PERSON_POSSESSIONS, ...RELATIONS, ...RELATION_PHRASES, ...ROLES])})(?![\\p{L}])`,
  'u',
);
const LINE_AFTER = /^[ \t]*(?:\r?\n|$)/;
const RELATION_AFTER = new RegExp(
  `^\\s*(?:[,(-]?\\s*(?:his|her|their|my|our|the\\s+patient'?s|pt'?s|patient'?s)\\s+(?:${RELATION_WORDS})|\\(\\s*(?:${RELATION_WORDS}|${ROLE_WORDS})\\s*\\))(?![\\p{L}])`,
  'u',
);
const lastWords = (phrases: Iterable<string>): ReadonlySet<string> =>
  new Set([...phrases].map((p) => p.split(' ').at(-1)!.replace(/\.$/, '')));
// The word just before a name decides which cue regexes are worth running at all.
const TITLE_LAST = lastWords([...PATIENT_TITLES, ...CLINICIAN_TITLES]);
const RELATION_LAST = new Set([...lastWords([...RELATIONS, ...RELATION_PHRASES]), 'is', 'was', 'named', 'called']);
const CONTACT_LAST = lastWords(CONTACT_PHRASES);
const ROLE_LAST = lastWords([...ROLES, ...ROLE_PHRASES]);

/**
 * Endings of family names in the languages whose surnames English dictionaries lack: Slavic (-ov, -ska, -vić,
 * -enko), Nordic (-sson, -nen, -dottir), Romanian (-escu), Armenian (-yan), Greek (-idis, -opoulos), Georgian
 * (-shvili, -dze), Turkish (-oglu), Japanese (-moto, -hara) and Italian (-etti, -ucci) forms.
 */
const SURNAME_ENDING =
  /(?:ov|ova|ev|eva|ski|ska|sky|cki|cka|wicz|vich|ovic|evic|vic|sson|ssen|nen|dottir|escu|eanu|yan|idis|opoulos|enko|chuk|shvili|dze|oglu|moto|hara|yama|etti|ucci|elli)$/;
/** "a brother", "her son", "pt's wife": a determiner before a relation. */
const DETERMINED = /(?:^|[^\p{L}])(?:a|an|his|her|my|their|our|pt'?s|patient'?s)\s+(?:grand\s+)?$/u;
/** Single letters that in notes are right and left or the S/O/A/P headings, not initials. */
const NOT_INITIALS = new Set(['r', 'l', 's', 'o', 'a', 'p', 'i']);
const DOUBLE_BARRELLED = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;
const AGE_AFTER = /^\s*,?\s*(?:is|was)\s+an?\s+\d{1,3}(?:\s*|-)(?:y|yo|yr|year|month|week|day)/i;
const COORDINATED = /^\s*(?:,|and|&|or)\s*$/i;

/** Words that introduce the patient rather than a relative: only a dictionary name after them counts. */
const PATIENT_WORDS = new Set(['patient', 'pt', 'client', 'resident', 'baby', 'infant', 'child', 'kid', 'teen', 'twin', 'toddler']);
const NURSING_CREDENTIALS = new Set(['rn', 'lpn', 'lvn', 'bsn', 'msn', 'ccrn', 'cna', 'cns', 'aprn', 'dnp']);
const DOCTOR_CREDENTIALS = new Set(['md', 'do', 'mbbs', 'facs', 'facp', 'frcp']);

interface Evidence {
  facts: WordFacts[];
  /** Some word is a dictionary name and not an English word, or an initial stands before a surname. */
  strong: boolean;
  /** As `strong`, without counting an initial: what an uncued run needs. */
  strongWithoutInitials: boolean;
  /** The first word is a given name and not an English word. */
  givenFirst: boolean;
  /** Some word is neither a dictionary name nor English ("Kozicki", "Šušulić"). */
  unknown: boolean;
  onlyInitials: boolean;
  /** Every word is capitalised (Title Case or UPPER), as names are in mixed-case text. */
  capitalised: boolean;
  /** An eponym or drug name that a title does not vouch for ("Foley", but not "Bernard Foley"). */
  clinical: boolean;
  words: number;
  /** Every word (initials aside) is a dictionary name, English or not ("Jean Hudson"). */
  allNames: boolean;
}

/** Decides whether a run of name-shaped tokens is a name, with what confidence, span, message and fix. */
export function judgeRun(input: RunInput): Accepted | null {
  const { text, tokens, start, end, mode, allowedNames, previous, shorthand } = input;
  const run = tokens.slice(start, end);
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const nameStart = first.start;
  const nameEnd = last.end;
  if (isAllowed(run, text.slice(nameStart, nameEnd), allowedNames)) return null;

  const ev = evidence(run);
  // The text before the name is read only when a cue or a sentence-start check needs it.
  let beforeText: string | null = null;
  const before = (): string => (beforeText ??= text.slice(Math.max(0, nameStart - 48), nameStart));
  const prev = start > 0 ? tokens[start - 1]! : undefined;
  // "daughter-in-law" is a daughter; "COPING-SISTER" ends in one.
  const prevKey = prev && nameStart - prev.end <= 6 ? prev.key.replace(/-in-law$/, '').split('-').at(-1)! : '';
  const after = text.slice(nameEnd, nameEnd + 40);
  const foldedAfter = foldCase(after);
  const lowerInCapitals = mode !== 'lower' && first.shape === 'lower';
  const fixesFor = (replacement: string, label = `Replace with "${replacement}"`): Fix[] => [{ label, replacement }];
  const accept = (s: number, e: number, confidence: number, message: string, fixes: Fix[], cued: boolean): Accepted => ({
    candidate: { start: s, end: e, confidence, message, fixes },
    nameEnd,
    cued,
  });

  const title = TITLE_LAST.has(prevKey) ? execFolded(TITLE_BEFORE, before()) : null;
  if (title) {
    const key = title[1]!.toLowerCase();
    const isPatient = PATIENT_TITLES.has(key);
    // "ms con't": after a courtesy title in lower case, only a dictionary name counts.
    if (!(isPatient && lowerInCapitals && !ev.facts[0]!.name)) {
      const titleWord = title[1]! + title[2]!;
      const spanStart = nameStart - before().length + title.index;
      const atSentenceStart = SENTENCE_BREAK.test(text.slice(Math.max(0, spanStart - 4), spanStart));
      const noun = isPatient ? 'the patient' : key.startsWith('prof') ? 'the professor' : 'the doctor';
      const replacement = atSentenceStart ? noun[0]!.toUpperCase() + noun.slice(1) : noun;
      const confidence = ev.onlyInitials ? 0.7 : 0.92;
      return accept(spanStart, nameEnd, confidence, `Name of a person, after the title '${titleWord}'`, fixesFor(replacement), true);
    }
  }
  if (ev.clinical || ORGANISATION_AFTER.test(foldedAfter)) return null;

  const role = ROLE_LAST.has(prevKey) ? execFolded(ROLE_BEFORE, before()) : null;
  // "NP Djuric made aware": an unknown word after a role needs a second cue, since notes write "NURSE
  // UNABLE TO", "HO CURRENTLY".
  if (role && !ev.onlyInitials && (ev.strong || ev.givenFirst || (ev.unknown && ACTION_AFTER.test(foldedAfter)))) {
    const confidence = 0.85;
    return accept(nameStart, nameEnd, confidence, `Name of a person, after '${role[1]!}'`, fixesFor('someone'), true);
  }

  const relation = RELATION_LAST.has(prevKey) ? execFolded(RELATION_BEFORE, before()) : null;
  if (relation) {
    const word = relation[1]!.toLowerCase();
    const confidence = PATIENT_WORDS.has(word) ? (lowerInCapitals ? 0 : patientWordConfidence(ev)) : relationConfidence(ev, run, mode, DETERMINED.test(foldCase(text.slice(Math.max(0, nameStart - before().length + relation.index - 16), nameStart - before().length + relation.index))));
    if (confidence >= 0.5) {
      const spanStart = nameStart - before().length + relation.index;
      const inLaw = /^-in-law/i.test(text.slice(spanStart + relation[1]!.length));
      const relationText = text.slice(spanStart, spanStart + relation[1]!.length + (inLaw ? 7 : 0));
      return accept(spanStart, nameEnd, confidence, `Name of a person, after '${relationText}'`, fixesFor(relationText, `Keep only "${relationText}"`), true);
    }
  }

  const credential = execFolded(CREDENTIAL_AFTER, after);
  if (credential && !ev.onlyInitials) {
    // An unknown word before a credential is a name in a signature ("Kozicki, RRT" on a line of its own).
    const signature = /^\s*,/.test(after) && /(?:^|\n)[ \t]*$/.test(before());
    const confidence = ev.strong || ev.givenFirst ? 0.9 : ev.facts[0]!.given || ev.allNames ? 0.85 : ev.unknown && signature ? 0.75 : 0;
    if (confidence > 0) {
      const spanEnd = nameEnd + credential.index + credential[0].length;
      const cred = credential[1]!;
      const key = cred.toLowerCase();
      const noun = NURSING_CREDENTIALS.has(key) ? 'the nurse' : DOCTOR_CREDENTIALS.has(key) ? 'the doctor' : 'the clinician';
      return accept(nameStart, spanEnd, confidence, `Name of a person, before the credential '${cred}'`, fixesFor(noun), true);
    }
  }

  if (previous?.cued && nameStart - previous.nameEnd <= 6 && COORDINATED.test(text.slice(previous.nameEnd, nameStart))) {
    if ((!lowerInCapitals && (ev.strong || ev.givenFirst || (mode === 'mixed' && ev.unknown && ev.capitalised))) || (lowerInCapitals && ev.givenFirst)) {
      return accept(nameStart, nameEnd, 0.8, 'Name of a person, listed with another name', fixesFor('someone'), true);
    }
  }

  let confidence = 0;
  let message = '';
  const contact = CONTACT_LAST.has(prevKey) ? execFolded(CONTACT_BEFORE, before()) : null;
  if (contact) {
    const phrase = contact[1]!.toLowerCase().replace(/\s+/g, ' ');
    confidence = contactConfidence(ev, run, mode, STRONG_CONTACTS.has(phrase));
    message = `Name of a person, after '${contact[1]!.replace(/\s+/g, ' ')}'`;
  }
  if (!lowerInCapitals && (RELATION_AFTER.test(foldedAfter) || AGE_AFTER.test(after))) {
    const c = ev.strong || ev.givenFirst ? 0.9 : ev.unknown ? 0.75 : 0;
    if (c > confidence) [confidence, message] = [c, 'Name of a person, before a relation or age'];
  }
  if (!lowerInCapitals && ACTION_AFTER.test(foldedAfter)) {
    const c = ev.strong || ev.givenFirst ? 0.85 : 0;
    if (c > confidence) [confidence, message] = [c, 'Name of a person who was told or did something'];
  }
  if (!lowerInCapitals && PERSON_AFTER.test(foldedAfter)) {
    const c = ev.strong || ev.givenFirst ? 0.85 : ev.unknown && (run[0]!.shape === 'title' || mode === 'lower') ? 0.7 : 0;
    if (c > confidence) [confidence, message] = [c, 'Name of a person who did something only a person does'];
  }
  // A line of its own that starts with a given name, or a given name closing the note: a signature or the
  // first line of an address.
  const closesNote = END_OF_TEXT.test(after) && SENTENCE_BREAK.test(before());
  if (ev.givenFirst && (closesNote || (LINE_BEFORE.test(before()) && LINE_AFTER.test(after))) && !lowerInCapitals) {
    const c = ev.words >= 2 ? 0.8 : 0.7;
    if (c > confidence) [confidence, message] = [c, 'Name of a person on a line of its own'];
  }
  if (!ev.onlyInitials && SERVICE_AFTER.test(foldedAfter)) {
    // "ann kowalczyk from social work": a person who comes from a hospital service. A name in no dictionary
    // is as often a drug sent up from pharmacy, and in lower case inside capitalised text only a full name
    // with a given name first counts.
    const c = lowerInCapitals ? (ev.words >= 2 && ev.givenFirst && (ev.strong || ev.unknown) ? 0.75 : 0) : ev.strong || ev.givenFirst ? 0.85 : 0;
    if (c > confidence) [confidence, message] = [c, 'Name of a person from a hospital service'];
  }
  if (!lowerInCapitals && ev.words >= 2 && ev.unknown && ev.capitalised && ev.facts.every((f) => !f.english) && NUMBER_AFTER.test(foldedAfter)) {
    // "Zorka Wenig cell# …": a full name of no English words, before a labelled phone number.
    if (0.75 > confidence) [confidence, message] = [0.75, 'Name of a person, before their phone number'];
  }
  const lone = run[run.length - 1]!;
  if (mode === 'upper' && ev.unknown && ev.words === 1 && !lone.key.includes('-') && NOTIFIED_AFTER.test(foldedAfter) && /[AEIOUY]/.test(lone.text.slice(1))) {
    // "MAROTTA AWARE": an unknown word that is told things; abbreviations ("CCU", "NSG") rarely have vowels.
    if (0.6 > confidence) [confidence, message] = [0.6, 'Name of a person who was told something'];
  }
  if (lowerInCapitals && ev.givenFirst && (ACTION_AFTER.test(foldedAfter) || PERSON_AFTER.test(foldedAfter))) {
    // "george called early", "margie in to visit": a lower-case given name in a note that uses capitals.
    if (0.7 > confidence) [confidence, message] = [0.7, 'Name of a person who was told or did something'];
  }
  if (mode === 'mixed' && ev.words >= 2 && (ev.unknown || ev.strong) && run.every((t) => t.shape === 'title' || isInitial(t) || SURNAME_PARTICLES.has(t.text)) && ADDRESS_AFTER.test(after)) {
    // "Duqyaha Karataev 3657 Laukaantie": a capitalised pair before a street number heads an address.
    if (0.7 > confidence) [confidence, message] = [0.7, 'Name of a person at the head of an address'];
  }
  const possessive = /['’]s$/i.test(last.text);
  if (possessive && !lowerInCapitals && POSSESSED_PERSON.test(foldedAfter)) {
    // "Okafor's widow", "Misty's daughter": whose relative or funeral it is, is a person.
    const c = ev.strong || ev.givenFirst ? 0.9 : ev.unknown ? 0.75 : ev.facts[0]!.given && first.shape === 'title' ? 0.7 : 0;
    if (c > confidence) [confidence, message] = [c, 'Name of a person, whose relative or belonging is mentioned'];
  }
  const spoken = first.shape === 'title' || (mode === 'lower' && first.shape === 'lower');
  if (spoken && first.text.length >= 3 && ev.words <= 2 && atLineStart(text, nameStart)) {
    // A speaker's name opening a line of dialogue, or a name called out before a question or request. Notes'
    // headings ("Pulm: …", "Integ: …") look the same, so a speaker must be a given name, or stand next to one.
    const c = isDialogue(ev, text, nameStart, nameEnd) ? 0.7 : VOCATIVE_AFTER.test(foldedAfter) && (ev.unknown || ev.strong) ? 0.65 : 0;
    if (c > confidence) [confidence, message] = [c, 'Name of a person who is spoken to or speaks'];
  }
  if (spoken && ev.words === 1 && ev.facts[0]!.given && /,\s*$/.test(before()) && VOCATIVE_CLOSE.test(after)) {
    if (0.6 > confidence) [confidence, message] = [0.6, 'Name of a person who is spoken to'];
  }
  if (ev.words >= 2 && ev.words <= 4 && (ev.unknown || ev.strong || ev.givenFirst) && run.every((t, k) => isInitial(t) || SURNAME_PARTICLES.has(t.text) || ev.facts[k]!.anyName || !ev.facts[k]!.english)) {
    // The first line of a postal address block ("Gyala Antall / 3369 24 Clarke Avenue"), any case.
    const consistent = run.every((t) => isInitial(t) || SURNAME_PARTICLES.has(t.text) || t.shape === first.shape);
    if (consistent && !lowerInCapitals && atLineStart(text, nameStart) && LINE_AFTER.test(after) && ADDRESS_BELOW.test(text.slice(nameEnd, nameEnd + 200))) {
      if (0.75 > confidence) [confidence, message] = [0.75, 'Name of a person at the head of an address'];
    }
  }
  if (isInitial(first) && first.shape === 'initial' && run.length === 2 && !lowerInCapitals) {
    // "d. renna", "M. PEPPLER": an initial with its full stop before a surname, in whatever case the note uses.
    const surname = run[1]!;
    const f = ev.facts[1]!;
    // An unknown word after "R." or "S." is more often "R. thoracotomy" or "S. INTUBATED".
    const c = f.english || surname.key.includes('-') ? 0 : f.name ? 0.7 : ev.unknown && !NOT_INITIALS.has(first.key) ? 0.6 : 0;
    if (surname.text.length >= 3 && c > confidence) [confidence, message] = [c, 'Name of a person, an initial and a surname'];
  }
  const plain = uncuedConfidence(ev, run, mode, before, shorthand);
  if (plain > confidence) [confidence, message] = [plain, "Words that read as a person's name"];
  if (confidence < 0.5) return null;
  return accept(nameStart, nameEnd, confidence, message, fixesFor('someone'), false);
}

/**
 * "Ubul: What a wife." is a line of dialogue when its speaker is a given name, or when the line is next to
 * one whose speaker is; a speaker that is a given name but also a word ("Destiny") needs that too.
 */
function isDialogue(ev: Evidence, text: string, nameStart: number, nameEnd: number): boolean {
  const speaking = text.charCodeAt(nameEnd) === 58; // ':'
  if (!speaking) return false;
  const givenSpeaker = (word: string | undefined): boolean => {
    const facts = word ? lookUp(word.toLowerCase()) : undefined;
    return facts !== undefined && facts.given && !facts.english;
  };
  const next = SPEAKER_NEXT.exec(text.slice(nameEnd, nameEnd + 160));
  const previous = SPEAKER_PREVIOUS.exec(text.slice(Math.max(0, nameStart - 160), nameStart));
  const besideSpeaker = givenSpeaker(next?.[1]) || givenSpeaker(previous?.[1]);
  if (besideSpeaker) return ev.strong || ev.unknown || ev.facts[0]!.given;
  return ev.givenFirst && SPEAKER_AFTER.test(foldCase(text.slice(nameEnd, nameEnd + 100)));
}

function evidence(run: readonly Token[]): Evidence {
  const facts = run.map(factsOf);
  const f0 = facts[0]!;
  const initialThenName = isInitial(run[0]!) && run.some((t, k) => !isInitial(t) && (facts[k]!.anyName || !facts[k]!.english));
  const firstClinical = isClinical(run[0]!);
  // "Stord-Painter": two capitalised parts joined by a hyphen are a double-barrelled surname.
  const doubleBarrelled = run.some((t) => DOUBLE_BARRELLED.test(t.text) && !startsWithEverydayWord(t));
  return {
    facts,
    strong: initialThenName || doubleBarrelled || facts.some((f) => f.name && !f.english),
    strongWithoutInitials: doubleBarrelled || facts.some((f) => f.name && !f.english),
    givenFirst: f0.given && !f0.english,
    unknown: run.some((t, k) => !isInitial(t) && !facts[k]!.name && !facts[k]!.english),
    onlyInitials: run.every(isInitial),
    capitalised: run.every((t) => t.shape !== 'lower'),
    clinical: firstClinical || (run.some(isClinical) && !(f0.given && !f0.english)),
    words: run.filter((t) => !isInitial(t)).length,
    allNames: run.every((t, k) => isInitial(t) || facts[k]!.anyName) && run.length >= 2,
  };
}

function isClinical({ key, accented }: Token): boolean {
  if (accented) return false;
  return CLINICAL_TERMS.has(key) || (key.includes('-') && key.split('-').some((part) => CLINICAL_TERMS.has(part)));
}

/** After "son", "wife", "friend": a given name counts even when it is also a word ("son Bill"). */
function relationConfidence(ev: Evidence, run: readonly Token[], mode: CaseMode, determined: boolean): number {
  const f0 = ev.facts[0]!;
  const shape = run[0]!.shape;
  if (ev.onlyInitials) return 0;
  if (ev.givenFirst || (ev.strong && (shape !== 'lower' || mode === 'lower'))) return 0.9;
  if (f0.given) {
    if (shape === 'title' || !isEverydayEnglish(run[0]!.key)) return 0.8;
    // "son bill" is a name, "wife said" is not: only a noun reading leaves room for a name.
    return lexiconClass(run[0]!.key) === 'noun' ? 0.6 : 0;
  }
  // "A BROTHER VINNY": in a note written all in one case, an unknown word after "a brother" or "her son" is a
  // name too; without the determiner it is as often a misspelt verb ("WIFE AGRESS").
  if (ev.unknown) return shape === 'title' ? 0.85 : shape === mode && determined && !run[0]!.key.includes('-') ? 0.75 : 0;
  if (shape === 'title' && ev.allNames) return 0.85;
  if (f0.name && shape === 'title') return 0.7;
  // "Son Dusty": a rare word in Title Case after a relation, in text that capitalises by sentence.
  return mode === 'mixed' && shape === 'title' && ev.words === 1 && !isEverydayEnglish(run[0]!.key) ? 0.7 : 0;
}

/** After "patient" or "pt": only a dictionary name, since "pt" precedes every kind of word in notes. */
function patientWordConfidence(ev: Evidence): number {
  return ev.givenFirst ? 0.85 : 0;
}

function contactConfidence(ev: Evidence, run: readonly Token[], mode: CaseMode, strongCue: boolean): number {
  const shape = run[0]!.shape;
  if (ev.onlyInitials) return 0;
  if (shape === 'lower' && mode !== 'lower') {
    // "will consult with patty hoeller": lower-case names in capitalised text need a full name.
    return strongCue && ev.words >= 2 && ev.facts[0]!.given && ev.strong ? 0.75 : 0;
  }
  if (ev.strong || ev.givenFirst) return strongCue ? 0.9 : 0.85;
  if (!ev.unknown) return strongCue && shape === 'title' && ev.facts[0]!.name ? 0.6 : 0;
  if (mode === 'mixed') return shape === 'title' ? (strongCue ? 0.75 : 0.6) : 0;
  return strongCue && run.length >= 2 ? 0.75 : 0;
}

/** No cue: dictionaries, and capitalisation where the text is in mixed case. */
function uncuedConfidence(ev: Evidence, run: readonly Token[], mode: CaseMode, before: () => string, shorthand: boolean): number {
  if (ev.onlyInitials) return 0;
  if (mode === 'mixed') {
    if (!run.every((t) => t.shape === 'title' || isInitial(t) || SURNAME_PARTICLES.has(t.text))) return 0;
    // "English", "German", "Hudson": a nationality or place on its own is not a person.
    if (ev.words === 1 && !run[0]!.accented && isProperNonPerson(run[0]!.key)) return 0;
    const sentenceStart = SENTENCE_BREAK.test(before());
    if (ev.words >= 2) {
      if (ev.givenFirst) return 0.9;
      if (ev.strongWithoutInitials) return sentenceStart ? 0.6 : 0.8;
      return ev.unknown && !sentenceStart ? 0.6 : 0;
    }
    if (ev.givenFirst) return sentenceStart ? 0.7 : 0.8;
    if (ev.strongWithoutInitials && run[0]!.shape !== 'initial') return sentenceStart ? 0 : 0.6;
    // A capitalised word in no dictionary, inside a sentence and spelt like a surname ("than early Yefremova",
    // "ex-Zombie Ryhänen"). Other unknown words are as often places, brands and drugs, so the spelling must
    // say "name"; in clinical shorthand, where drug names abound, only the surname endings count.
    const word = run[0]!;
    const spelt = SURNAME_ENDING.test(word.key) || (word.accented && !shorthand);
    if (ev.unknown && !sentenceStart && word.text.length >= 4 && !word.key.includes('-') && spelt && !/[#@_]$/.test(before())) return 0.55;
    return 0;
  }
  const rest = ev.facts.slice(1);
  if (ev.words >= 2 && ev.givenFirst && rest.every((f) => f.name && !f.english)) return mode === 'upper' ? 0.75 : 0.7;
  return 0;
}

function isProperNonPerson(key: string): boolean {
  return lexiconClass(key) === 'place';
}

function isAllowed(run: readonly Token[], written: string, allowedNames: ReadonlySet<string>): boolean {
  if (allowedNames.size === 0) return false;
  if (allowedNames.has(written.toLowerCase().replace(/\s+/g, ' '))) return true;
  return run.every((t) => t.shape === 'initial' || allowedNames.has(t.text.toLowerCase()));
}
