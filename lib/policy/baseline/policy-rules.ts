import type { PackInput } from '../schema';

type RuleInput = NonNullable<PackInput['rules']>[number];

/**
 * The baseline's social-media policy rules. Each explanation names the public guidance the rule follows, so
 * a reader can check the reason; packs may switch any rule off (`disabledRules`) or override it by id.
 * Regexes run on a linear-time engine (RE2 syntax): every repetition is bounded or over disjoint characters.
 */

const REPLIES: RuleInput['when'] = { surfaces: ['reply', 'comment'] };

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
      kind: 'regex',
      pattern:
        "\\b(?:they|the\\s+government|doctors|the\\s+media|big\\s+pharma)\\s+(?:don'?t|do\\s+not|doesn'?t|does\\s+not|won'?t|will\\s+not)\\s+want\\s+you\\s+to\\s+(?:know|see|hear|find\\s+out|learn)\\b" +
        "|\\bwhat\\s+they(?:'re|\\s+are)?\\s+(?:not\\s+telling|hiding\\s+from)\\s+you\\b" +
        '|\\bbig\\s+pharma\\s+(?:is|are|has\\s+been|have\\s+been|keeps?)\\s+(?:hiding|covering|suppressing|lying|burying|silencing)\\b' +
        "|\\bbig\\s+pharma\\s+(?:doesn'?t|does\\s+not|don'?t|do\\s+not)\\s+want\\b" +
        '|\\b(?:plandemic|scamdemic|casedemic|sheeple)\\b' +
        '|\\bwake\\s+up[,!.]*\\s+(?:people|sheeple|everyone|folks|america|world|guys)\\b|#wakeup[a-z]*' +
        "|\\b(?:mainstream\\s+media|msm|the\\s+media)\\s+(?:won'?t|will\\s+not|refuses?\\s+to|isn'?t|is\\s+not)\\s+(?:tell|show|report|cover)[a-z]*" +
        "|\\bshare\\s+(?:this\\s+)?before\\s+(?:it'?s|it\\s+is|it\\s+gets|they)\\s+(?:deleted|removed|taken\\s+down|censored|delete)\\b" +
        '|\\b(?:banned|censored)\\s+(?:video|doctor|study)\\b' +
        '|\\bdoctors\\s+(?:are\\s+being|being|have\\s+been)\\s+(?:silenced|censored|threatened)\\b' +
        '|\\bdo\\s+your\\s+own\\s+research\\b|\\bnew\\s+world\\s+order\\b',
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
    match: {
      kind: 'regex',
      pattern:
        '\\b(?:covid|corona[a-z]*|virus|pandemic)\\W+(?:\\w+\\W+){0,6}bio[\\s-]?(?:weapons?|engineered)\\b' +
        '|\\bbio[\\s-]?(?:weapons?|engineered)\\W+(?:\\w+\\W+){0,6}(?:covid|corona[a-z]*|virus|pandemic)\\b' +
        '|\\b(?:man-?made|lab-?made|engineered|bio-?engineered)\\s+(?:covid|corona[a-z]*|virus)\\b' +
        '|\\b(?:created|manufactured|made|engineered|invented)\\s+(?:the\\s+)?(?:novel\\s+)?(?:covid(?:-19)?|corona\\s?virus|virus)\\s+in\\s+(?:a|the)\\s+(?:\\w+\\s+){0,2}lab\\b' +
        '|\\blab\\s+(?:where|in\\s+which)\\s+(?:the\\s+)?(?:novel\\s+)?(?:covid(?:-19)?|corona\\s?virus|virus)\\s+(?:\\w+\\s+)?was\\s+(?:created|made|manufactured|engineered|developed|invented)\\b' +
        '|\\bpatent(?:ed)?\\s+(?:for|on)\\s+(?:the\\s+)?(?:covid(?:-19)?|corona\\s?virus)|\\b(?:covid(?:-19)?|corona\\s?virus)\\s+(?:was\\s+)?patented\\b' +
        '|\\bbill\\s+gates\\W+(?:\\w+\\W+){0,8}(?:microchip[a-z]*|depopulat[a-z]*|patent[a-z]*|tracking|chips?|vaccin[a-z]*|sterili[sz][a-z]*|population)\\b' +
        '|\\b(?:vaccin[a-z]*|microchip[a-z]*|depopulat[a-z]*|sterili[sz][a-z]*)\\W+(?:\\w+\\W+){0,8}bill\\s+gates\\b' +
        '|\\bgeorge\\s+soros\\W+(?:\\w+\\W+){0,10}(?:covid[a-z0-9-]*|corona[a-z]*|virus|lab|vaccin[a-z]*|pandemic)\\b',
    },
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
        'copy and paste this', 'please forward to', 'pass this on to everyone',
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

const DRUGS =
  '(?:\\d{1,4}\\s?mg|ibuprofen|tylenol|acetaminophen|paracetamol|advil|motrin|aspirin|aleve|naproxen|benadryl|' +
  'antibiotics?|antidepressants?|meds|medications?|medicines?|pills?|tablets?|insulin|vitamins?|supplements?|melatonin|' +
  'steroids?|prednisone|antihistamines?|probiotics?|statins?|metformin|dose|dosage|doses|inhaler|birth\\s+control|' +
  'blood\\s+thinners?|painkillers?)';
const CONDITIONS =
  '(?:infection|uti|strep|flu|covid|pneumonia|bronchitis|migraines?|diabetes|depression|anxiety|adhd|autism|cancer|' +
  'tumou?r|concussion|fracture|sprain|appendicitis|gallstones|kidney\\s+stones?|shingles|lyme|mono|allerg(?:y|ies)|' +
  'asthma|ibs|gerd|reflux|vertigo|hypertension|high\\s+blood\\s+pressure|sleep\\s+apnea|long\\s+covid|[a-z]{3,}itis)';

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
    match: {
      kind: 'regex',
      pattern:
        `\\b(?:you\\s+(?:should|need\\s+to|must|have\\s+to|ought\\s+to|could|can)\\s+(?:[a-z]+\\s+)?|just\\s+|try\\s+)(?:take|taking|start|starting|stop|stopping|quit|try|use|skip|double|increase|decrease|lower|raise|cut\\s+back\\s+on|come\\s+off|get\\s+off)\\s+(?:\\w+\\s+){0,2}${DRUGS}\\b` +
        '|\\bstop\\s+taking\\s+(?:your|the|those|these|that|this)\\b' +
        '|\\b(?:increase|decrease|double|halve|lower|raise|up|reduce|cut|skip)\\s+your\\s+(?:\\w+\\s+)?(?:dose|dosage|doses|meds|medications?|insulin|pills?)\\b' +
        `|\\byou\\s+(?:probably\\s+|likely\\s+|definitely\\s+|clearly\\s+|must\\s+)?(?:have|'ve\\s+got|have\\s+got|are\\s+suffering\\s+from)\\s+(?:a\\s+|an\\s+)?(?:[a-z]+\\s+)?${CONDITIONS}\\b` +
        "|\\byou\\s+(?:don'?t|do\\s+not)\\s+need\\s+(?:to\\s+(?:see|go\\s+to|visit)\\s+(?:a\\s+|the\\s+|your\\s+)?(?:doctor|er|emergency\\s+room|hospital|dentist)|antibiotics|surgery|stitches|an?\\s+x-?ray)\\b",
    },
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
    match: {
      kind: 'regex',
      pattern:
        '\\b(?:sorry|apologi[sz]e|sad)\\s+(?:to\\s+hear\\s+)?(?:about|for)\\s+(?:your|the)\\s+(?:recent\\s+|last\\s+)?(?:visit|stay|appointment|procedure|surgery|treatment|care|admission|wait|bill|diagnosis|test\\s+results|results|er\\s+visit|hospitali[sz]ation|experience\\s+(?:here|with\\s+us|at\\s+our))\\b' +
        '|\\byour\\s+(?:doctor|physician|surgeon|nurse|care\\s+team|provider|oncologist|cardiologist|therapist)\\s+(?:will|should|is\\s+going\\s+to|can|has|already)\\s+(?:\\w+\\s+)?(?:call|contact|reach|follow|get\\s+back|see|review|discuss|message|email)[a-z]*' +
        "|\\bwe\\s+(?:have|'ve\\s+got|received|found|pulled|located|reviewed|checked|looked\\s+(?:at|into|up))\\s+(?:your|the)\\s+(?:medical\\s+)?(?:records?|charts?|file|files|results|test\\s+results|labs?|account|bill|claim|scans?|images|history)\\b" +
        "|\\b(?:i|we)(?:'ve|\\s+have)?\\s+(?:checked|reviewed|looked\\s+at|pulled\\s+up|looked\\s+up)\\s+your\\s+(?:\\w+\\s+)?(?:records?|charts?|file|results|account|bill|history|appointment)\\b" +
        '|\\bwhen\\s+you\\s+(?:were|came)\\s+(?:here|in|by|to\\s+(?:see\\s+)?us|with\\s+us|at\\s+our|admitted|seen|treated|discharged)\\b' +
        '|\\byour\\s+(?:recent\\s+|last\\s+)?(?:visit|stay|appointment|procedure|surgery|admission|discharge|er\\s+visit|hospitali[sz]ation|biopsy|scan)\\s+(?:on|last|this|yesterday|today|with\\s+us|here|at\\s+our)\\b' +
        '|\\byour\\s+(?:test\\s+|lab\\s+|biopsy\\s+|scan\\s+)?results\\s+(?:are|were|came|show|showed|look|should\\s+be)\\b' +
        '|\\bduring\\s+your\\s+(?:\\w+\\s+)?(?:visit|stay|appointment|procedure|admission|treatment)\\b',
    },
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
    match: {
      kind: 'regex',
      pattern:
        '\\b(?:frequent\\s*fl[yi]ers?|drug[\\s-]?seek(?:ers?|ing)|gomers?|bed[\\s-]?blockers?|dirtballs?|status\\s+dramaticus|pumpkin[\\s-]positive|lolinad)\\b' +
        '|\\bnon-?compliant\\s+(?:idiots?|morons?|jerks?|losers?)\\b' +
        '|\\b(?:crazy|psycho|lazy|stupid|dumb|idiot|idiotic|moronic|useless|incompetent|pathetic|whiny|worthless|clueless)\\s+(?:patients?|families|family\\s+members?|parents|doctors?|docs?|nurses?|surgeons?|residents?|interns?|attendings?|colleagues?|co-?workers?|staff|techs?|pharmacists?|physicians?)\\b' +
        '|\\b(?:patients?|families|doctors?|nurses?|surgeons?|residents?|interns?|attendings?|colleagues?|co-?workers?|staff)\\s+(?:is|are|was|were)\\s+(?:an?\\s+|such\\s+an?\\s+|so\\s+|total\\s+|complete\\s+)?(?:idiots?|morons?|stupid|dumb|lazy|useless|incompetent|psychos?|clueless|pathetic)\\b',
    },
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

const CARE_NOUNS =
  '(?:hospitals?|doctors?|surgeons?|physicians?|care|clinics?|health\\s+system|medical\\s+cent(?:er|re)|' +
  'cancer\\s+cent(?:er|re)|heart\\s+cent(?:er|re)|nurses|nursing|team|program|programme|treatment|specialists?)';

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
    match: {
      kind: 'regex',
      pattern:
        `\\b(?:the\\s+)?(?:best|top|finest|greatest|safest)\\s+(?:\\w+\\s+){0,2}${CARE_NOUNS}\\s+in\\s+(?:the\\s+)?[a-z]+` +
        `|#1\\s+(?:\\w+\\s+){0,2}${CARE_NOUNS}\\b|\\bnumber\\s+one\\s+(?:\\w+\\s+)?${CARE_NOUNS}\\b` +
        "|\\b(?:world|america|nation|country|state|city|region)(?:'s|’s)\\s+(?:best|top|leading|safest|#1|number\\s+one)\\b" +
        `|\\bbest\\s+${CARE_NOUNS}\\s+(?:ever|anywhere|around)\\b|\\bunmatched\\s+(?:care|results|outcomes|expertise)\\b`,
    },
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
    match: {
      kind: 'regex',
      pattern:
        '\\bguaranteed\\s+(?:\\w+\\s+)?(?:results?|outcomes?|success|satisfaction|weight\\s+loss)\\b' +
        '|\\b100\\s?(?:%|percent)\\s+(?:success(?:ful)?|safe|satisfaction|risk-?free|results?|success\\s+rate)\\b' +
        '|\\b(?:risk|side[\\s-]effects?)[\\s-]free\\b|\\bzero\\s+(?:risk|side\\s+effects|complications)\\b' +
        '|\\bwithout\\s+any\\s+(?:risks?|side\\s+effects)\\b|\\bpermanent\\s+results\\b',
    },
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
      kind: 'regex',
      pattern:
        "\\b(?:i|i'?m|i\\s+am|i'?ve)\\s+(?:\\w+\\s+){0,2}(?:want|wanna|going|gonna|planning|plan|trying|ready)\\s+(?:to\\s+)?(?:die|kill\\s+myself|end\\s+(?:it|it\\s+all|my\\s+life)|hurt\\s+myself)\\b" +
        '|\\bkill(?:ing)?\\s+myself\\b|\\bend(?:ing)?\\s+my\\s+(?:own\\s+)?life\\b' +
        "|\\b(?:i'?m|i\\s+am|feeling|feel)\\s+(?:so\\s+|really\\s+|very\\s+)?suicidal\\b" +
        "|\\b(?:don'?t|do\\s+not)\\s+want\\s+to\\s+(?:be\\s+here|live|wake\\s+up)\\s+any\\s?more\\b" +
        '|\\bno\\s+(?:reason|point)\\s+(?:to|in)\\s+(?:live|living|going\\s+on)\\b|\\bbetter\\s+off\\s+(?:dead|without\\s+me)\\b' +
        "|\\b(?:hurt|hurting|cut|cutting|harm|harming)\\s+myself\\b|\\b(?:i'?ve\\s+been|i'?m|i\\s+am)\\s+self[\\s-]harming\\b" +
        '|\\btook\\s+(?:too\\s+many|a\\s+bunch\\s+of|all\\s+(?:my|the))\\s+pills\\b',
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
      kind: 'regex',
      pattern:
        "\\b(?:can'?t|cannot|can\\s+not|unable\\s+to)\\s+breathe\\b" +
        '|\\bchest\\s+pains?\\s+(?:right\\s+now|now|at\\s+the\\s+moment|all\\s+(?:day|night)|for\\s+(?:an?|the\\s+last)\\s+(?:hour|few\\s+hours))\\b' +
        "|\\b(?:i'?m|i\\s+am|he'?s|she'?s|they'?re|i\\s+think\\s+i'?m)\\s+having\\s+(?:a\\s+|an\\s+)?(?:heart\\s+attack|stroke|seizure|anaphylaxis|allergic\\s+reaction)\\b" +
        "|\\b(?:i|he|she|they)\\s+(?:just\\s+)?(?:overdosed|od'?d)\\b",
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
      'Government"; W3C WAI, "Writing for Web Accessibility").',
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
      'spell it out letter by letter, and it reads as shouting (W3C WAI, "Writing for Web Accessibility"; GOV.UK ' +
      'style guide). Use sentence case and emphasise one word if you must.',
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
