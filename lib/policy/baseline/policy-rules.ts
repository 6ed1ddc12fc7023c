import type { PackInput } from '../schema';

type RuleInput = NonNullable<PackInput['rules']>[number];

/**
 * The baseline's social-media policy rules. Each explanation names the public guidance the rule follows, so
 * a reader can check the reason; packs may switch any rule off (`disabledRules`) or override it by id.
 * Phrase lists are `terms` (fast whole-word matching); rules that need grammar or proximity use built-in
 * detectors, because pack regexes run on a linear-time engine too slow for large case-insensitive
 * alternations on every keystroke.
 */

const REPLIES: RuleInput['when'] = { surfaces: ['reply', 'comment'] };

/** Every combination of the parts, joined by spaces: phrases(['a', 'b'], ['c']) → ['a c', 'b c']. */
export function phrases(...parts: string[][]): string[] {
  return parts.reduce<string[]>((acc, part) => acc.flatMap((head) => part.map((p) => `${head} ${p}`.trim())), ['']);
}

const NOT = ["don't", 'dont', 'do not', "doesn't", 'does not', "won't"];

const misinformation: RuleInput[] = [
  {
    id: 'policy.misinformation.dangerous-remedy',
    category: 'policy',
    type: 'misinformation',
    severity: 'block',
    message: 'Dangerous health advice: swallowing or injecting disinfectants',
    explanation:
      'Drinking, injecting or spraying bleach, chlorine dioxide ("MMS"), methanol or other disinfectants poisons ' +
      'people and prevents or cures nothing (WHO COVID-19 Mythbusters; FDA warnings on chlorine dioxide products). ' +
      'If the post warns people against it, say so plainly ("never drink bleach") and the check will pass.',
    match: { kind: 'detector', detector: 'health-myth', options: { groups: ['dangerous'] } },
    templates: ['misinformation-correction'],
  },
  {
    id: 'policy.misinformation.known-myth',
    category: 'policy',
    type: 'misinformation',
    severity: 'warn',
    message: 'Known health myth stated as fact',
    explanation:
      'This repeats a claim that public-health agencies have corrected (WHO COVID-19 Mythbusters; CDC "Myths and ' +
      'Facts about COVID-19 Vaccines" and "Autism and Vaccines"; FDA on ivermectin; NCI "Common Cancer Myths"). ' +
      'Posts from a health organisation are read as medical authority. If you are debunking the myth, label it ' +
      '("Myth:", "false", "does not") and link the source.',
    match: { kind: 'detector', detector: 'health-myth', options: { groups: ['vaccine', 'covid', 'general'] } },
    templates: ['misinformation-correction'],
  },
  {
    id: 'policy.misinformation.cure-claim',
    category: 'policy',
    type: 'misinformation',
    severity: 'warn',
    message: 'Cure or guaranteed-result claim',
    explanation:
      'Health claims must be backed by competent and reliable scientific evidence (FTC Health Products Compliance ' +
      'Guidance, 2022), and "miracle cure", "cure-all" and guaranteed results are the FDA\'s own examples of health ' +
      'fraud (FDA, "Health Fraud Scams"). Describe what the evidence shows and link it.',
    match: { kind: 'detector', detector: 'cure-claim' },
  },
  {
    id: 'policy.misinformation.conspiracy-framing',
    category: 'policy',
    type: 'misinformation',
    severity: 'warn',
    message: 'Conspiracy framing',
    explanation:
      'Phrases such as "they don\'t want you to know", "big pharma is hiding" or "plandemic" are hallmarks of health ' +
      'misinformation: the FDA lists conspiracy claims among the signs of health fraud ("Health Fraud Scams"), and ' +
      'WHO\'s infodemic guidance warns that they are used to make false claims spread. Point to evidence instead.',
    match: {
      kind: 'terms',
      terms: [
        ...phrases(['they', 'the government', 'doctors', 'the media', 'big pharma'], NOT, ['want you to know', 'want you to find out', 'want you to see']),
        ...phrases(['what'], ["they're not telling you", 'they are not telling you', "they aren't telling you", 'they are hiding from you', "they're hiding from you"]),
        ...phrases(['big pharma'], ['is', 'are', 'has been', 'keeps'], ['hiding', 'covering up', 'suppressing', 'lying', 'burying']),
        ...phrases(['big pharma'], NOT, ['want']),
        ...phrases(['mainstream media', 'msm', 'the media'], ["won't", 'will not', 'refuses to', "isn't going to"], ['tell you', 'show you', 'report this', 'cover this']),
        ...phrases(['share', 'share this'], ['before'], ["it's deleted", 'it gets deleted', 'it is deleted', 'they delete it', "it's taken down", 'it gets taken down', "it's censored"]),
        ...phrases(['doctors are being', 'doctors have been'], ['silenced', 'censored']),
        ...phrases(['wake up', 'wake up,'], ['people', 'sheeple', 'everyone', 'folks', 'america', 'world']),
        'plandemic', 'scamdemic', 'casedemic', 'sheeple', '#wakeup', 'do your own research', 'new world order',
        'banned video', 'censored video', 'the truth they are hiding', "the truth they don't want you to know",
      ],
    },
    templates: ['misinformation-correction'],
  },
  {
    id: 'policy.misinformation.conspiracy-theory',
    category: 'policy',
    type: 'misinformation',
    severity: 'warn',
    message: 'Well-known health conspiracy theory',
    explanation:
      'Claims that a virus was made as a weapon, patented in advance, or spread by public figures to control ' +
      'people have been investigated and refuted (WHO-convened global study of the origins of SARS-CoV-2; ' +
      'fact checks by Reuters, AP and others). The FDA lists conspiracy claims among the signs of health fraud.',
    match: { kind: 'detector', detector: 'health-myth', options: { groups: ['conspiracy'] } },
    templates: ['misinformation-correction'],
  },
  {
    id: 'policy.misinformation.chain-message',
    category: 'policy',
    type: 'misinformation',
    severity: 'info',
    message: 'Chain-message wording',
    explanation:
      '"Forwarded as received" and "send this to everyone" are how unverified health claims travel; WHO\'s ' +
      'infodemic guidance asks people to check the source before sharing. Share the original, sourced post instead.',
    match: {
      kind: 'terms',
      terms: [
        'forwarded as received', 'forwarded many times', 'forward this to everyone', 'forward this message',
        'forward to all your contacts', 'send this to everyone', 'send this to all', 'share this with everyone you know',
        'copy and paste this', 'please forward to', 'pass this on to everyone', 'please circulate',
        'circulate this', 'circulate this information', 'share this information to all', 'share this message with',
      ],
    },
  },
  {
    id: 'policy.misinformation.unsourced-statistic',
    category: 'policy',
    type: 'misinformation',
    severity: 'info',
    message: 'Statistic without a source',
    explanation:
      'Numbers carry authority, and unsourced ones are a common marker of health misinformation. Cite where the ' +
      'figure comes from (a link or "according to …"), as WHO\'s infodemic guidance and CDC\'s health-literacy ' +
      'guidance on numbers advise.',
    match: { kind: 'detector', detector: 'unsourced-statistic' },
  },
  {
    id: 'policy.misinformation.vague-authority',
    category: 'policy',
    type: 'misinformation',
    severity: 'info',
    message: 'Claim credited to unnamed experts',
    explanation:
      '"Japanese doctors advise…" or "a doctor friend told me…" borrows authority nobody can check; it is the ' +
      'signature of health chain messages. Name the person or organisation and link the source (WHO infodemic ' +
      'guidance; FDA, "Health Fraud Scams", on unverifiable testimonials).',
    match: { kind: 'detector', detector: 'vague-authority' },
  },
];

const consent: RuleInput[] = [
  {
    id: 'policy.consent.patient-story',
    category: 'policy',
    type: 'consent',
    severity: 'info',
    message: 'Patient story: is there written consent?',
    explanation:
      'Sharing a patient\'s story needs their written authorization even without a name (HIPAA Privacy Rule, ' +
      '45 CFR 164.508), and the AMA asks physicians to protect patient privacy online (Code of Medical Ethics ' +
      'Opinion 2.3.2, "Professionalism in the Use of Social Media"). Mention consent ("shared with permission") ' +
      'or change the details so no one could recognise the patient.',
    match: { kind: 'detector', detector: 'patient-story' },
  },
];


const medicalAdvice: RuleInput[] = [
  {
    id: 'policy.medical-advice.individual',
    category: 'policy',
    type: 'medical-advice',
    severity: 'warn',
    message: 'Medical advice to one person in a public reply',
    explanation:
      'Diagnosing or advising on treatment in a public reply creates a patient relationship without an ' +
      'examination or the record. The Federation of State Medical Boards\' social-media policy and the AMA (Code of ' +
      'Medical Ethics Opinion 2.3.2) advise against individual medical advice on social media: invite the person ' +
      'to contact their clinician or the care team privately.',
    match: { kind: 'detector', detector: 'medical-advice' },
    when: REPLIES,
    templates: ['general-question'],
  },
];

const patientConfirmation: RuleInput[] = [
  {
    id: 'policy.patient-confirmation.reply',
    category: 'policy',
    type: 'patient-confirmation',
    severity: 'warn',
    message: 'This reply would confirm the person is a patient',
    explanation:
      'That someone is (or was) a patient is itself protected health information. HHS Office for Civil Rights has ' +
      'fined providers for replies to online reviews that confirmed the reviewer was a patient (for example Elite ' +
      'Dental Associates, 2019). Reply without acknowledging a visit, and move the conversation to a private channel.',
    match: { kind: 'detector', detector: 'patient-confirmation' },
    when: REPLIES,
    templates: ['phi-secure-channel'],
  },
];

const professionalism: RuleInput[] = [
  {
    id: 'policy.professionalism.disparaging',
    category: 'policy',
    type: 'professionalism',
    severity: 'warn',
    message: 'Disparaging a patient or colleague',
    explanation:
      'Slang that belittles patients ("frequent flyer", "drug seeker") or insults colleagues undermines trust in ' +
      'the profession and can identify the person described. The AMA (Code of Medical Ethics Opinion 2.3.2) and ' +
      'the FSMB social-media policy ask clinicians to keep online conduct as professional as at the bedside.',
    match: { kind: 'detector', detector: 'disparaging' },
  },
  {
    id: 'policy.professionalism.slur',
    category: 'policy',
    type: 'professionalism',
    severity: 'block',
    message: 'Slur',
    explanation:
      'Slurs demean people for who they are; they have no place in posts from a health organisation or its staff ' +
      '(AMA Code of Medical Ethics Opinion 2.3.2; the organisation\'s code of conduct).',
    // A compact list of unambiguous slurs, matched as whole words; packs can add their own.
    match: {
      kind: 'terms',
      terms: [
        'retard', 'retards', 'retarded', 'faggot', 'faggots', 'fag', 'fags', 'dyke', 'dykes', 'tranny', 'trannies',
        'nigger', 'niggers', 'nigga', 'niggas', 'spic', 'spics', 'chink', 'chinks', 'kike', 'kikes', 'wetback',
        'wetbacks', 'gook', 'gooks', 'raghead', 'ragheads', 'towelhead', 'towelheads',
      ],
    },
  },
  {
    id: 'policy.professionalism.profanity',
    category: 'policy',
    type: 'professionalism',
    severity: 'warn',
    message: 'Profanity',
    explanation:
      'Profanity in a post tied to a health organisation or a clinician\'s professional identity reflects on both ' +
      '(AMA Code of Medical Ethics Opinion 2.3.2, "Professionalism in the Use of Social Media").',
    match: {
      kind: 'terms',
      terms: [
        'fuck', 'fucks', 'fucking', 'fucked', 'fucker', 'fuckers', 'motherfucker', 'motherfuckers', 'f*ck', 'f**k',
        'shit', 'shits', 'shitty', 'bullshit', 'shithead', 'sh*t', 'asshole', 'assholes', 'bitch', 'bitches',
        'bastard', 'bastards', 'dickhead', 'dickheads', 'cunt', 'cunts', 'wtf', 'stfu', 'piss off', 'goddamn',
      ],
    },
  },
];


const promotion: RuleInput[] = [
  {
    id: 'policy.promotion.superlative',
    category: 'policy',
    type: 'promotion',
    severity: 'info',
    message: 'Superlative claim: can it be substantiated?',
    explanation:
      '"Best", "#1" and "leading" are objective claims in advertising and need evidence at hand (FTC Policy ' +
      'Statement Regarding Advertising Substantiation). Name the ranking or award and its source, or describe what ' +
      'you do instead.',
    match: { kind: 'detector', detector: 'superlative-claim' },
  },
  {
    id: 'policy.promotion.guaranteed-outcome',
    category: 'policy',
    type: 'promotion',
    severity: 'warn',
    message: 'Guaranteed outcome or risk-free claim',
    explanation:
      'No treatment has guaranteed results or zero risk; the FTC treats such claims as deceptive unless they can be ' +
      'substantiated (FTC Health Products Compliance Guidance, 2022), and the AMA asks that physician advertising ' +
      'not be deceptive or misleading (Code of Medical Ethics Opinion 9.6.1, "Advertising & Publicity").',
    match: { kind: 'detector', detector: 'guaranteed-outcome' },
  },
  {
    id: 'policy.promotion.pain-free',
    category: 'policy',
    type: 'promotion',
    severity: 'warn',
    message: '"Pain-free" promises an outcome',
    explanation:
      'Whether a procedure hurts varies from person to person; promising none is an outcome claim the FTC expects ' +
      'to be substantiated (FTC Health Products Compliance Guidance, 2022).',
    match: {
      kind: 'terms',
      terms: ['pain-free', 'pain free', 'completely painless', 'totally painless', '100% painless', 'absolutely painless'],
    },
    fixes: [{ label: 'Say "gentle"', replacement: 'gentle' }],
  },
];

const crisis: RuleInput[] = [
  {
    id: 'policy.crisis.self-harm',
    category: 'policy',
    type: 'crisis',
    severity: 'warn',
    message: 'Words about suicide or self-harm',
    explanation:
      'If this is how you feel, you are not alone: call or text 988 (988 Suicide & Crisis Lifeline, US) or your ' +
      'local emergency number now. If you are replying to someone, use the crisis template: it gives them 988 and ' +
      '911 without debate (988lifeline.org; safe messaging guidance from reportingonsuicide.org).',
    match: {
      kind: 'terms',
      terms: [
        ...phrases(['i want to', 'i wanna', 'i just want to', "i'm going to", 'i am going to', "i'm gonna", 'i am ready to'], ['die', 'kill myself', 'end it all', 'end my life', 'hurt myself']),
        'kill myself', 'killing myself', 'end my life', 'ending my life', 'take my own life',
        ...phrases(["i'm", 'im', 'i am', 'feeling', 'i feel'], ['suicidal', 'so suicidal', 'really suicidal']),
        ...phrases(["don't", 'dont', 'do not'], ['want to'], ['be here anymore', 'be here any more', 'live anymore', 'live any more', 'wake up anymore', 'wake up tomorrow']),
        'no reason to live', 'no point in living', 'no point in going on', 'better off dead', 'better off without me',
        'hurt myself', 'hurting myself', 'cut myself', 'cutting myself', 'harm myself', 'harming myself', 'self-harming',
        'took too many pills', 'took all my pills', 'took all the pills',
      ],
    },
    templates: ['crisis-support'],
  },
  {
    id: 'policy.crisis.medical-emergency',
    category: 'policy',
    type: 'crisis',
    severity: 'warn',
    message: 'Words describing a medical emergency',
    explanation:
      'Trouble breathing, chest pain happening now or signs of a stroke need emergency care: call 911 (or the ' +
      'local emergency number), not a social-media reply. If you are replying to someone, use the crisis template.',
    match: {
      kind: 'terms',
      terms: [
        "can't breathe", 'cant breathe', 'cannot breathe', 'can not breathe', 'unable to breathe', 'struggling to breathe',
        ...phrases(['chest pain', 'chest pains'], ['right now', 'now', 'all night', 'for an hour']),
        ...phrases(["i'm having", 'i am having', "i think i'm having", "he's having", "she's having", 'she is having', 'he is having'], ['a heart attack', 'a stroke', 'a seizure', 'an allergic reaction', 'anaphylaxis']),
        ...phrases(['i', 'he', 'she', 'they'], ['overdosed', 'just overdosed', "od'd"]),
      ],
    },
    templates: ['crisis-support'],
  },
];

const accessibility: RuleInput[] = [
  {
    id: 'policy.accessibility.hashtag-case',
    category: 'policy',
    type: 'accessibility',
    severity: 'info',
    message: 'Capitalise each word of the hashtag',
    explanation:
      'Screen readers read "#mentalhealthawareness" as one garbled word and "#MentalHealthAwareness" as three; ' +
      'it is also easier for everyone to read (Digital.gov, "Improving the Accessibility of Social Media in ' +
      'Government").',
    match: { kind: 'detector', detector: 'hashtag-camelcase' },
  },
  {
    id: 'policy.accessibility.all-caps',
    category: 'policy',
    type: 'accessibility',
    severity: 'info',
    message: 'Long stretch of ALL CAPS',
    explanation:
      'Text in capitals is harder to read, especially for people with dyslexia or low vision, some screen readers ' +
      'spell it out letter by letter, and it reads as shouting (GOV.UK style guide, "Capitals"; W3C, "Making ' +
      'Content Usable for People with Cognitive and Learning Disabilities"). Use sentence case.',
    match: { kind: 'detector', detector: 'all-caps' },
  },
  {
    id: 'policy.accessibility.emoji-wall',
    category: 'policy',
    type: 'accessibility',
    severity: 'info',
    message: 'Many emoji in a row',
    explanation:
      'Screen readers announce every emoji by name, so a row of them becomes a long recitation. Use one or two, ' +
      'at the end of a sentence (Digital.gov, "Improving the Accessibility of Social Media in Government").',
    match: { kind: 'detector', detector: 'emoji-wall' },
  },
];

const platformLimits: RuleInput[] = [
  {
    id: 'policy.platform-limit.x',
    category: 'policy',
    type: 'platform-limit',
    severity: 'warn',
    message: "Longer than X's 280-character limit",
    explanation:
      'X counts links as 23 characters and most emoji and Chinese, Japanese and Korean characters as 2, up to 280 ' +
      '(twitter-text configuration v3; X Developer documentation, "Counting characters"). The highlighted part ' +
      'will not fit: shorten the post or split it into a thread.',
    match: { kind: 'detector', detector: 'x-weighted-length', options: { limit: 280 } },
    when: { sites: ['x'] },
  },
  {
    id: 'policy.platform-limit.linkedin-post',
    category: 'policy',
    type: 'platform-limit',
    severity: 'warn',
    message: "Longer than LinkedIn's 3,000-character post limit",
    explanation: 'LinkedIn posts are limited to 3,000 characters (LinkedIn Help). The highlighted part will not fit.',
    match: { kind: 'detector', detector: 'length-limit', options: { limit: 3000, label: 'LinkedIn posts' } },
    when: { sites: ['linkedin'], surfaces: ['post'] },
  },
  {
    id: 'policy.platform-limit.linkedin-comment',
    category: 'policy',
    type: 'platform-limit',
    severity: 'warn',
    message: "Longer than LinkedIn's 1,250-character comment limit",
    explanation: 'LinkedIn comments are limited to 1,250 characters (LinkedIn Help). The highlighted part will not fit.',
    match: { kind: 'detector', detector: 'length-limit', options: { limit: 1250, label: 'LinkedIn comments' } },
    when: { sites: ['linkedin'], surfaces: ['comment', 'reply'] },
  },
  {
    id: 'policy.platform-limit.facebook-post',
    category: 'policy',
    type: 'platform-limit',
    severity: 'warn',
    message: "Longer than Facebook's 63,206-character post limit",
    explanation: 'Facebook posts are limited to 63,206 characters. The highlighted part will not fit.',
    match: { kind: 'detector', detector: 'length-limit', options: { limit: 63206, label: 'Facebook posts' } },
    when: { sites: ['facebook'], surfaces: ['post'] },
  },
];

const links: RuleInput[] = [
  {
    id: 'policy.link.shortened',
    category: 'policy',
    type: 'link',
    severity: 'warn',
    message: 'Shortened link hides its destination',
    explanation:
      'Readers cannot see where a shortened link leads before they click, which is why phishing relies on them ' +
      '(CISA, "Avoiding Social Engineering and Phishing Attacks"). Use the full address of the page.',
    match: { kind: 'detector', detector: 'shortened-link' },
  },
  {
    id: 'policy.link.unapproved',
    category: 'policy',
    type: 'link',
    severity: 'info',
    message: 'Link to a site that is not on the approved list',
    explanation:
      'Your organisation keeps a list of approved domains for links in official posts; check that this site is ' +
      'trustworthy and current before sharing it, or ask for it to be added.',
    match: { kind: 'detector', detector: 'unapproved-link' },
  },
];

export const policyRules: RuleInput[] = [
  ...misinformation,
  ...consent,
  ...medicalAdvice,
  ...patientConfirmation,
  ...professionalism,
  ...promotion,
  ...crisis,
  ...accessibility,
  ...platformLimits,
  ...links,
];
