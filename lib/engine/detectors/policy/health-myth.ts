import type { Candidate, Detector } from '../../detector';
import { isDebunked } from './claim-context';
import { COVID, findNear, GAP, LONG_GAP, re, VACCINE, WORDS2, type Span } from './claim-patterns';

/**
 * Well-known health myths stated as fact. Each pattern follows a myth that public-health agencies have
 * publicly corrected:
 * - WHO, "Coronavirus disease (COVID-19) advice for the public: Mythbusters" (5G, drinking bleach or alcohol,
 *   hot baths and weather, garlic and other home remedies, antibiotics, hydroxychloroquine, holding your
 *   breath, masks and CO2, mosquitoes);
 * - CDC, "Myths and Facts about COVID-19 Vaccines" (DNA, microchips, magnetism, fertility, shedding, getting
 *   COVID-19 from the vaccine, natural immunity) and "Autism and Vaccines";
 * - FDA, "Why You Should Not Use Ivermectin to Treat or Prevent COVID-19" and its warnings on chlorine
 *   dioxide ("MMS") products;
 * - National Cancer Institute, "Common Cancer Myths and Misconceptions" (antiperspirants, sugar);
 * - conspiracy theories about where a virus came from and who spreads it (a bioweapon, made or patented in a
 *   lab, Bill Gates and microchips), refuted by the WHO-convened study of the origins of SARS-CoV-2 and by
 *   fact checks from Reuters and AP.
 * Claims that are negated, debunked nearby or asked as questions are left alone (see claim-context.ts).
 * Option `groups` (array of "dangerous", "vaccine", "covid", "general", "conspiracy") limits which myths a rule reports,
 * so a pack can give dangerous ones a stronger severity.
 */

type Group = 'dangerous' | 'vaccine' | 'covid' | 'general' | 'conspiracy';

interface Myth {
  group: Group;
  pattern: RegExp;
  /** Further patterns that must each occur near the match (a claim verb, a disease); the first widens the span. */
  near?: RegExp[];
  /** How far (characters) `near` patterns may stand from the match; 80 unless set. */
  within?: number;
  message: string;
  /**
   * Lower-case words of which every match holds at least one: a text with none of them skips the pattern,
   * which keeps the check cheap on the long notes and posts that mention no myth at all.
   */
  keywords: readonly string[];
  /** False when the myth's own wording contains a negation ("no worse than the flu"). */
  negationInside?: boolean;
}

// Verbs (and the nouns "cure", "remedy") that turn a mention into a claim of effect.
const CLAIM_VERB = re(
  '\\b(?:cur(?:e|es|ed|ing)|remed(?:y|ies)|kills?|killed|killing|prevents?|preventing|protects?\\s+(?:you\\s+|us\\s+)?(?:from|against)|' +
    'destroys?|eliminat\\w{0,3}|wipes?\\s+out|flush\\w{0,2}\\s+out|neutrali[sz]\\w{0,2}|treat\\w{0,4}|fight|fights|fighting|' +
    'stops?|stopped|slow(?:s|ed)?|halts?|ward\\s+off|wards\\s+off|works?\\s+against|effective\\s+against|proven)\\b',
);
// COVID terms also inside hashtags ("#WuhanCoronaVirus").
const COVID_NEAR = re('(?:covid|corona|sars-cov-2|\\bthe\\s+virus\\b|\\bpandemic\\b)');
const DISEASE_NEAR = re('(?:covid|corona|sars-cov-2)|\\b(?:virus\\w{0,2}|cancer\\w{0,2}|infections?)\\b');
const INGEST_CONTEXT = re('\\b(?:cur\\w{1,3}|kill\\w{0,3}|prevent\\w{0,3}|protect\\w{0,3}|treat\\w{0,3}|covid\\w{0,3}|corona\\w{0,5}|virus\\w{0,2}|immun\\w{1,5}|detox\\w{0,6}|cleans\\w{1,3}|autism)\\b');

// What every match of VACCINE (claim-patterns.ts) contains, and every match of COVID_NEAR.
const VACCINE_WORDS = ['vaccin', 'mmr', 'jab', 'shot', 'immuni', 'booster'];
const COVID_WORDS = ['covid', 'corona', 'sars-cov-2', 'virus', 'pandemic'];

const REMEDY =
  '(?:garlic|lemons?|lemon juice|ginger|turmeric|hot water|warm water|boiled water|steam(?:ing|\\s+inhalation)?|' +
  'salt water|saline|vitamin\\s+[cd]|zinc|colloidal silver|cow urine|cow dung|hot baths?|hot showers?|saunas?|' +
  'hair dryers?|hand dryers?|uv lamps?|black pepper|pepper|chil(?:i|li|lies)|onions?|honey|herbal\\s+\\w{3,12}|' +
  'essential oils?|sunlight|sunbath\\w{0,3}|alkaline\\s+\\w{3,8}|baking soda|black seeds?|neem|tulsi|' +
  'ayurved\\w{0,3}|homeopath\\w{0,3}|bananas?|cocaine|nebuli[sz]\\w{0,3}|camphor|cloves?|cinnamon|eucalyptus|' +
  'herbs?|home remed\\w{1,3}|hot drinks?|hot tea|warm tea|uv\\s+(?:rays?|light|lamps?)|sun(?:light|shine)?|' +
  'cannabis|weed|marijuana|mouthwash|seeds?|spices?|kalonji|sea\\s?water|vinegar|orange\\s+peels?|cayenne)';

const MYTHS: readonly Myth[] = [
  {
    group: 'dangerous',
    keywords: ['bleach', 'disinfect', 'chlorine', 'mms', 'miracle mineral', 'methanol', 'rubbing alcohol', 'isopropyl', 'saniti', 'lysol', 'turpentine', 'kerosene'],
    pattern: re(
      '\\b(?:drink|drinking|drank|ingest|ingesting|inject|injecting|swallow|swallowing|consume|consuming|gargle|gargling|spray|spraying)\\s+' +
        `${WORDS2}(?:bleach|disinfectants?|chlorine dioxide|mms|miracle mineral\\s+\\w{8,10}|methanol|rubbing alcohol|` +
        'isopropyl\\w{0,8}|hand saniti[sz]er|lysol|turpentine|kerosene|chlorine)\\b',
    ),
    near: [INGEST_CONTEXT],
    message: 'Drinking, injecting or spraying disinfectants on the body is poisonous and cures nothing',
  },
  {
    group: 'covid',
    keywords: COVID_WORDS,
    pattern: re(`\\bdrink(?:ing)?\\s+${WORDS2}(?:alcohol|vodka|whiske?y|liquor|spirits|beer|wine|rum)\\b`),
    near: [CLAIM_VERB, COVID_NEAR],
    message: 'Drinking alcohol does not protect against COVID-19 or kill the virus',
  },
  {
    group: 'vaccine',
    keywords: ['autism'],
    pattern: re(
      `\\b${VACCINE}\\b${GAP}\\b(?:cause|causes|caused|causing|trigger|triggers|triggered|lead\\s+to|leads\\s+to|led\\s+to|` +
        `linked\\s+to|give|gives|gave|result\\s+in|results\\s+in)\\s+(?:\\w+\\s+)?autism\\b` +
        `|\\bautism\\b${GAP}\\b(?:caused\\s+by|from|due\\s+to|linked\\s+to|after)\\s+${WORDS2}${VACCINE}\\b`,
    ),
    message: 'Vaccines do not cause autism: large studies have found no link',
  },
  {
    group: 'vaccine',
    keywords: ['dna', 'genes', 'genome', 'genetic'],
    pattern: re(
      `\\b(?:${VACCINE}|mrna)\\b${GAP}\\b(?:alter|alters|altered|altering|change|changes|changing|modify|modifies|` +
        `modifying|rewrite|rewrites|edit|edits|integrates?\\s+into|enters?|corrupts?)\\s+${WORDS2}(?:dna|genes|genome|genetic\\s+code)\\b`,
    ),
    message: 'COVID-19 vaccines do not change or interact with your DNA',
  },
  {
    group: 'vaccine',
    keywords: ['chip'],
    pattern: re(`\\b${VACCINE}\\b${GAP}\\bmicro-?chip\\w{0,4}|\\bmicro-?chip\\w{0,4}${GAP}\\b${VACCINE}\\b`),
    message: 'Vaccines do not contain microchips or tracking devices',
  },
  {
    group: 'vaccine',
    keywords: ['magnet'],
    pattern: re(`\\b${VACCINE}\\b${GAP}\\bmagneti(?:c|sm|[sz]ed|[sz]es)\\b|\\bmagneti(?:c|[sz]ed)\\b${GAP}\\b(?:after|from|by)\\s+${WORDS2}${VACCINE}\\b`),
    message: 'Vaccines do not make people magnetic',
  },
  {
    group: 'vaccine',
    keywords: ['infertil', 'steril', 'miscarriage'],
    pattern: re(
      `\\b${VACCINE}\\b${GAP}\\b(?:cause|causes|caused|causing|lead\\s+to|leads\\s+to|make|makes|made|making|render|renders)\\s+` +
        `${WORDS2}(?:infertil\\w{0,4}|steril\\w{0,6}|miscarriages?)`,
    ),
    message: 'There is no evidence that vaccines cause fertility problems',
  },
  {
    group: 'vaccine',
    keywords: VACCINE_WORDS,
    pattern: re(
      `\\b${VACCINE}\\b${GAP}\\b(?:give|gives|gave|giving|infects?|infected)\\s+(?:you\\s+|people\\s+|kids\\s+|children\\s+)?` +
        '(?:the\\s+)?(?:flu|covid(?:-19)?|coronavirus|the disease|the virus|polio|measles)\\b',
    ),
    message: 'Vaccines cannot give you the disease they protect against',
  },
  {
    group: 'vaccine',
    keywords: VACCINE_WORDS,
    // Not "vaccine-preventable diseases kill", and not across a comma ("without the vaccine, measles kills").
    pattern: re(
      `\\b${VACCINE}\\b(?![-‐])[^.!?,;\\n]{0,25}?\\b(?:kills?|killed|killing|murder\\w{0,3})\\b` +
        `|\\b(?:died|dead|death|deaths)\\s+(?:\\w{1,20}\\s+){0,3}?(?:after|from|due\\s+to|because\\s+of|caused\\s+by)\\s+${WORDS2}${VACCINE}\\b(?![-‐])`,
    ),
    message: 'Deaths reported after vaccination are investigated; approved vaccines have not been found to cause them',
  },
  {
    group: 'vaccine',
    keywords: ['shed'],
    pattern: re('\\b(?:vaccine|spike\\s+protein)\\s+shedding\\b|\\bshed(?:s|ding)?\\s+(?:the\\s+)?spike\\s+proteins?\\b'),
    message: 'Vaccinated people do not "shed" vaccine components',
  },
  {
    group: 'vaccine',
    keywords: [...VACCINE_WORDS, 'depopulation'],
    pattern: re(
      `\\b${VACCINE}\\s+(?:is|are)\\s+(?:a\\s+|an\\s+|just\\s+)?(?:poison\\w{0,3}|toxic|bioweapons?|genocide|depopulation\\w{0,5}|` +
        'killing\\s+people|deadly|dangerous\\s+experiments?)\\b|\\b(?:kill|death|clot)\\s+(?:shots?|jabs?)\\b|' +
        '\\bdepopulation\\s+(?:agenda|plan|program|programme|vaccines?)\\b',
    ),
    message: 'Authorised vaccines are tested and monitored for safety; calling them poison or a plot is false',
  },
  {
    group: 'vaccine',
    keywords: ['immunity'],
    pattern: re(
      '\\bnatural(?:ly\\s+acquired)?\\s+immunity\\s+(?:is\\s+)?(?:\\w+\\s+)?(?:better|stronger|superior|safer|more\\s+effective)\\s+' +
        `(?:than|to)\\s+${WORDS2}(?:${VACCINE}|getting\\s+vaccinated)`,
    ),
    message: 'Getting vaccinated is a safer way to build protection than getting sick',
  },
  {
    group: 'covid',
    keywords: ['5g'],
    pattern: re(`\\b5g\\b${LONG_GAP}(?:covid|corona|\\bvirus|\\bpandemic|\\bspread\\w{0,3}|\\bsymptoms)|(?:covid|corona|\\bvirus|\\bpandemic)${LONG_GAP}\\b5g\\b`),
    message: '5G mobile networks do not spread COVID-19: viruses cannot travel on radio waves',
  },
  {
    group: 'covid',
    keywords: ['covid', 'corona', 'virus', 'justtheflu', 'just'],
    pattern: re(
      '\\b(?:covid(?:-19)?|coronavirus|corona|the\\s+virus)\\s+(?:is|was|\'s|’s)\\s+(?:just|only|merely|nothing\\s+more\\s+than|' +
        'no\\s+worse\\s+than|no\\s+different\\s+(?:from|than))\\s+(?:a\\s+|the\\s+)?(?:bad\\s+|common\\s+|seasonal\\s+)?(?:flu|cold|influenza)\\b' +
        '|#?justtheflu\\b|\\bjust\\s+(?:a|the)\\s+flu\\b',
    ),
    negationInside: false,
    message: 'COVID-19 is not "just the flu": it has caused far more severe illness and deaths',
  },
  {
    group: 'covid',
    keywords: ['covid', 'corona', 'virus', 'pandemic'],
    pattern: re(
      '\\b(?:covid(?:-19)?|coronavirus|corona|the\\s+virus|the\\s+pandemic|pandemic)\\s+(?:is|was)\\s+(?:a\\s+|all\\s+a\\s+|just\\s+a\\s+)?' +
        '(?:hoax|scam|fake|fraud|lie|hype)\\b|\\b(?:covid|corona|pandemic|virus)\\s+hoax\\b|\\bfake\\s+(?:pandemic|virus)\\b|' +
        '\\b(?:covid(?:-19)?|coronavirus)\\s+(?:doesn\'t|does\\s+not|isn\'t|is\\s+not)\\s+(?:exist|real)\\b',
    ),
    negationInside: false,
    message: 'COVID-19 is real: the virus has been isolated and sequenced, and millions have died of it',
  },
  {
    group: 'covid',
    keywords: ['mask', 'poisoning', 'intoxication', 'toxicity'],
    pattern: re(
      `\\bmasks?\\b${GAP}\\b(?:cause|causes|causing|lead\\s+to|leads\\s+to|give|gives|reduce|reduces|lower|lowers|starve)\\s+` +
        `${WORDS2}(?:co2|carbon\\s+dioxide|hypoxia|hypercapnia|oxygen)\\w{0,12}|\\b(?:co2|carbon\\s+dioxide)\\s+(?:poisoning|intoxication|toxicity)\\b`,
    ),
    message: 'Wearing a mask does not cause CO2 poisoning or oxygen deficiency',
  },
  {
    group: 'covid',
    keywords: ['mask', 'face covering'],
    pattern: re(
      `\\b(?:masks?|face\\s+coverings?)\\b${GAP}\\b(?:cause|causes|causing|caused|lead\\s+to|leads\\s+to|give|gives|giving)\\s+` +
        `${WORDS2}(?:fungal|bacterial|lung|pneumonia|pleurisy|infections?|illness|disease)\\b` +
        '|\\b(?:masks?|face\\s+coverings?)\\s+(?:are|is)\\s+(?:\\w+\\s+)?(?:useless|ineffective|dangerous|harmful|pointless)\\b',
    ),
    message: 'Masks help reduce the spread of respiratory viruses and do not cause infections or illness',
  },
  {
    group: 'covid',
    keywords: ['mask'],
    pattern: re("\\bmasks?\\s+(?:do\\s+not|don't|doesn't|does\\s+not)\\s+(?:work|protect|help)\\b"),
    negationInside: false,
    message: 'Masks help reduce the spread of respiratory viruses',
  },
  {
    group: 'covid',
    keywords: ['covid', 'corona', 'virus', 'immune'],
    pattern: re(
      '\\b(?:the\\s+)?(?:common\\s+|seasonal\\s+)?flu\\s+kills\\s+(?:\\w+\\s+)?more(?:\\s+people)?\\s+than\\s+(?:the\\s+)?(?:covid|corona)' +
        '|\\b(?:covid(?:-19)?|coronavirus|the\\s+virus)\\s+(?:is|was)\\s+not\\s+killing\\b' +
        `|\\b(?:are|is|be)\\s+(?:naturally\\s+|totally\\s+|completely\\s+)?immune\\s+to\\s+(?:the\\s+)?${COVID}`,
    ),
    negationInside: false,
    message: 'COVID-19 can infect anyone and has been far deadlier than seasonal flu',
  },
  {
    group: 'covid',
    keywords: ['virus', 'covid', 'corona'],
    pattern: re(
      `\\b(?:hot|warm|humid|summer)\\s+(?:weather|climates?|temperatures?|sun|days)\\b${GAP}\\b(?:kills?|stops?|ends?|destroys?)\\s+` +
        '(?:the\\s+)?(?:virus|covid\\w{0,3}|corona\\w{0,5})',
    ),
    message: 'COVID-19 spreads in hot and humid climates too',
  },
  {
    group: 'covid',
    keywords: ['covid', 'corona', 'sars-cov-2', 'virus', 'cancer', 'infection'],
    pattern: re(`\\b${REMEDY}\\b`),
    near: [CLAIM_VERB, DISEASE_NEAR],
    within: 100,
    message: 'No food, drink or home remedy prevents or cures COVID-19 or cancer',
  },
  {
    group: 'covid',
    keywords: ['cure', 'remedy', 'solution', 'save'],
    // "Drinking garlic water is the cure", "lemon in warm water can save your life": no disease needs naming.
    pattern: re(`\\b${REMEDY}\\b`),
    near: [re('\\b(?:is|are)\\s+(?:the|a)\\s+(?:real\\s+|best\\s+|only\\s+)?(?:cure|remedy|solution)\\b|\\bsaves?\\s+(?:your\\s+|many\\s+)?li(?:fe|ves)\\b')],
    within: 60,
    message: 'No food, drink or home remedy prevents or cures COVID-19 or cancer',
  },
  {
    group: 'covid',
    keywords: ['minutes'],
    // The "sip water every 15 minutes to wash the virus into your stomach" chain message.
    pattern: re('\\b(?:sips?|drink\\w{0,3})\\s+(?:\\w{1,20}\\s+){0,3}?water\\s+every\\s+(?:\\d{1,2}|fifteen|few|ten)\\s+minutes\\b'),
    message: 'Sipping water does not wash a virus into the stomach or prevent infection',
  },
  {
    group: 'covid',
    keywords: ['bacteri'],
    pattern: re(`\\b(?:covid(?:-19)?|coronavirus|corona|the\\s+virus)\\b${GAP}\\b(?:is|was|caused\\s+by)\\s+(?:a\\s+)?bacteri(?:um|a|al)\\b`),
    message: 'COVID-19 is caused by a virus, not by bacteria',
  },
  {
    group: 'covid',
    keywords: ['mask'],
    pattern: re(
      `\\b(?:fung\\w{1,5}|lung|pleurisy|hypoxia|pneumonia)\\s+(?:\\w{1,20}\\s+){0,3}?(?:due\\s+to|from|caused\\s+by|because\\s+of)\\s+${WORDS2}masks?\\b` +
        `|\\bmasks?\\b${GAP}\\b(?:harmful|toxic|poisonous)\\b`,
    ),
    message: 'Masks help reduce the spread of respiratory viruses and do not cause infections or illness',
  },
  {
    group: 'vaccine',
    keywords: ['abort', 'fetal', 'foetal', 'fetus', 'foetus'],
    pattern: re(`\\b${VACCINE}\\b${GAP}\\b(?:contain|contains|made\\s+(?:from|with))\\s+${WORDS2}(?:aborted|fetal|foetal|fetus|foetus)`),
    message: 'Vaccines do not contain fetal cells or tissue',
  },
  {
    group: 'vaccine',
    keywords: ['vaccin', 'shot', 'jab'],
    pattern: re(
      `\\bflu\\s+(?:vaccin\\w{0,6}|shots?|jabs?)\\b${LONG_GAP}\\b(?:test\\w{0,3}\\s+)?positive\\b` +
        '|\\b(?:due\\s+to|caused\\s+by|because\\s+of|from)\\s+(?:the\\s+)?flu\\s+(?:vaccin\\w{0,6}|shots?|jabs?)\\b',
    ),
    message: 'The flu vaccine does not cause COVID-19 or positive COVID-19 tests',
  },
  {
    group: 'covid',
    keywords: ['immune'],
    pattern: re(
      `\\bimmune\\s+(?:to|from|against)\\s+(?:the\\s+|this\\s+)?(?:covid\\w{0,3}|corona\\w{0,5}|virus|disease)`,
    ),
    near: [re('\\b(?:are|is|be|being|were)\\s+(?:\\w{1,20}\\s+){0,2}?immune\\b')],
    within: 30,
    message: 'No group of people is immune to COVID-19',
  },
  {
    group: 'covid',
    keywords: ['vaccin'],
    pattern: re(
      '\\b(?:a\\s+)?(?:covid(?:-19)?|coronavirus|corona)?\\s*vaccin\\w{0,6}\\b[^.!?\\n]{0,60}?\\b(?:existed|exists|has\\s+existed|have\\s+existed|been\\s+around)\\s+' +
        '(?:since\\s+(?:19|20)\\d\\d|for\\s+(?:years|decades))\\b',
    ),
    message: 'Vaccines for other coronaviruses (in animals) are not COVID-19 vaccines',
  },
  {
    group: 'covid',
    keywords: ['antibiotic'],
    pattern: re(
      `\\bantibiotics?\\s+${WORDS2}(?:cures?|kills?|treats?|prevents?|works?\\s+against|stops?)\\s+${WORDS2}` +
        '(?:covid\\w{0,3}|coronavirus|corona|viral\\s+infections?|viruses|the\\s+virus|the\\s+flu|flu|colds?)\\b',
    ),
    message: 'Antibiotics do not work against viruses such as COVID-19 or the flu',
  },
  {
    group: 'covid',
    keywords: ['chloroquine', 'hcq', 'ivermectin'],
    pattern: re('\\b(?:hydroxy-?chloroquine|hydroxichloroquine|chloroquine|hcq|ivermectin)\\b'),
    near: [CLAIM_VERB, COVID_NEAR],
    within: 120,
    message: 'Hydroxychloroquine and ivermectin have not been shown to prevent or cure COVID-19',
  },
  {
    group: 'covid',
    keywords: ['hold'],
    pattern: re(`\\bhold(?:ing)?\\s+(?:your\\s+)?breath\\b${GAP}\\b(?:test|tests|check|sign|means|proves?|shows?)\\b`),
    message: 'Holding your breath is not a test for COVID-19',
  },
  {
    group: 'covid',
    keywords: ['mosquito', 'flies'],
    pattern: re(
      `\\b(?:mosquito\\w{0,3}|house\\s?flies|flies)\\b${GAP}\\b(?:spread|spreads|transmit|transmits|carry|carries)\\s+` +
        '(?:\\w+\\s+)?(?:covid\\w{0,3}|coronavirus|corona)\\b',
    ),
    message: 'Mosquitoes and houseflies do not spread COVID-19',
  },
  {
    group: 'general',
    keywords: ['antiperspirant', 'deodorant', 'underwire', 'sugar'],
    pattern: re(
      `\\b(?:antiperspirants?|deodorants?|underwire\\s+bras?)\\b${GAP}\\b(?:cause|causes|causing|lead\\s+to|leads\\s+to)\\s+(?:\\w+\\s+)?cancer\\b` +
        '|\\bsugar\\s+(?:feeds|fuels)\\s+(?:\\w+\\s+)?(?:cancer|tumou?rs?)\\b',
    ),
    message: 'Antiperspirants do not cause cancer, and sugar does not make cancer grow faster',
  },
  {
    group: 'conspiracy',
    keywords: ['covid', 'corona', 'virus', 'pandemic'],
    pattern: re(
      '(?:covid|corona|\\bvirus|\\bpandemic)[\\w-]{0,20}\\W+(?:\\w{1,20}\\W+){0,6}?bio[\\s-]?(?:weapons?|engineered)\\b' +
        '|\\bbio[\\s-]?(?:weapons?|engineered)\\W+(?:\\w{1,20}\\W+){0,6}?(?:covid|corona|virus|pandemic)' +
        '|\\b(?:man-?made|lab-?made|engineered|bio-?engineered)\\s+(?:covid|corona\\w{0,6}|virus)\\b',
    ),
    message: 'Claims that the virus is a bioweapon have been investigated and refuted',
  },
  {
    group: 'conspiracy',
    keywords: ['covid', 'corona', 'virus'],
    pattern: re(
      '\\b(?:created|manufactured|made|engineered|invented)\\s+(?:the\\s+)?(?:novel\\s+)?(?:covid(?:-19)?|corona\\s?virus|virus)\\s+' +
        'in\\s+(?:a|the)\\s+(?:\\w{1,20}\\s+){0,2}?lab\\b' +
        '|\\blab\\s+(?:where|in\\s+which)\\s+(?:the\\s+)?(?:novel\\s+)?(?:covid(?:-19)?|corona\\s?virus|virus)\\s+(?:\\w{1,20}\\s+)?' +
        'was\\s+(?:created|made|manufactured|engineered|developed|invented)\\b' +
        '|\\bpatent(?:ed)?\\s+(?:\\w{1,20}\\s+){0,3}?(?:for|on|of)\\s+(?:the\\s+)?(?:new\\s+|novel\\s+)?(?:covid(?:-19)?|corona\\s?virus)' +
        '|\\b(?:covid(?:-19)?|corona\\s?virus)\\s+(?:was\\s+)?patented\\b',
    ),
    message: 'Claims that the virus was made or patented in a lab are not supported by the evidence',
  },
  {
    group: 'conspiracy',
    keywords: COVID_WORDS,
    // "Made in a Wuhan lab", "engineered at the lab", "not a natural virus".
    pattern: re('\\b(?:made|created|engineered|manufactured|prepared|cooked\\s+up|built)\\s+(?:it\\s+)?(?:in|at)\\s+(?:a|the)?\\s*(?:\\w{1,20}\\s+){0,2}?lab(?:oratory)?\\b|\\bunnatural\\b|\\bnot\\s+(?:a\\s+)?natural(?:\\s+virus)?\\b'),
    near: [COVID_NEAR],
    within: 100,
    negationInside: false,
    message: 'Claims that the virus was made in a lab are not supported by the evidence',
  },
  {
    group: 'conspiracy',
    keywords: ['gates', 'soros'],
    pattern: re('\\b(?:bill|melinda)\\s+gates\\b|\\bsoros\\b'),
    near: [re('\\b(?:microchip\\w{0,3}|depopulat\\w{0,5}|patent\\w{0,3}|tracking|chips?|vaccin\\w{0,6}|sterili[sz]\\w{0,5}|population|covid\\w{0,3}|corona\\w{0,5}|virus|lab|pandemic)\\b')],
    within: 60,
    message: 'Public figures are a frequent target of health conspiracy theories: check the claim against a reliable source',
  },
];

// Every keyword in one pattern (longest first): a single pass over the text tells which myths can match.
const KEYWORDS = [...new Set(MYTHS.flatMap((m) => m.keywords))].sort((a, b) => b.length - a.length);
const KEYWORD_SCAN = new RegExp(KEYWORDS.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');

/** The keywords that occur in `lower`, those that start where a longer one does ("immuni" in "immunity") too. */
function keywordsIn(lower: string): Set<string> {
  const found = new Set<string>();
  KEYWORD_SCAN.lastIndex = 0;
  for (let m = KEYWORD_SCAN.exec(lower); m && found.size < KEYWORDS.length; m = KEYWORD_SCAN.exec(lower)) {
    for (const k of KEYWORDS) if (lower.startsWith(k, m.index)) found.add(k);
    KEYWORD_SCAN.lastIndex = m.index + 1;
  }
  return found;
}

const MAX_ATTEMPTS = 300;
const ALL_GROUPS: readonly Group[] = ['dangerous', 'vaccine', 'covid', 'general', 'conspiracy'];

function wantedGroups(option: unknown): ReadonlySet<Group> {
  if (!Array.isArray(option)) return new Set(ALL_GROUPS);
  return new Set(ALL_GROUPS.filter((g) => option.includes(g)));
}

function widen(span: Span, other: Span | null): Span {
  return other ? { start: Math.min(span.start, other.start), end: Math.max(span.end, other.end) } : span;
}

export const healthMythDetector: Detector = {
  id: 'health-myth',
  description: 'Health myths and conspiracy theories corrected by WHO, CDC, FDA and NCI (vaccines–autism, 5G, bleach …) stated as fact.',
  detect({ text, options }) {
    const groups = wantedGroups(options.groups);
    const out: Candidate[] = [];
    const present = keywordsIn(text.toLowerCase());
    for (const myth of MYTHS) {
      if (!groups.has(myth.group) || !myth.keywords.some((k) => present.has(k))) continue;
      myth.pattern.lastIndex = 0;
      // Bounded: a paste repeating one word thousands of times must not cost thousands of context checks.
      let attempts = 0;
      for (let m = myth.pattern.exec(text); m && out.length < 100 && attempts++ < MAX_ATTEMPTS; m = myth.pattern.exec(text)) {
        let span: Span = { start: m.index, end: m.index + m[0].length };
        if (myth.near) {
          const found = myth.near.map((p) => findNear(text, span, p, myth.within));
          if (found.some((f) => !f)) continue;
          span = widen(span, found[0]!);
        }
        if (isDebunked(text, span.start, span.end, myth.negationInside ?? true)) continue;
        out.push({ ...span, confidence: 1, message: myth.message });
      }
    }
    return out;
  },
};
