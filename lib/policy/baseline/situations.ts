import type { PackInput } from '../schema';

/**
 * Recognises the comment being replied to, so the right template is offered first. Priorities: crisis above
 * everything (safety first), then the situations with privacy or reputational stakes, then the everyday ones;
 * "general-question" catches any other question. Patterns use RE2 syntax and bounded repetition.
 */
export const situations: NonNullable<PackInput['situations']> = [
  {
    id: 'crisis',
    label: 'Crisis or emergency',
    priority: 1000,
    match: {
      kind: 'regex',
      pattern:
        "\\b(?:kill(?:ing)?\\s+myself|suicid[a-z]*|end\\s+(?:it\\s+all|my\\s+life)|(?:want|wanna)\\s+to\\s+die|better\\s+off\\s+dead)\\b" +
        "|\\b(?:don'?t|do\\s+not)\\s+want\\s+to\\s+(?:be\\s+here|live|wake\\s+up)(?:\\s+any\\s?more)?\\b" +
        '|\\bno\\s+(?:reason|point)\\s+(?:to|in)\\s+(?:live|living|going\\s+on)\\b' +
        '|\\b(?:hurt|hurting|harm|harming|cut|cutting)\\s+myself\\b|\\bself[\\s-]harm[a-z]*\\b' +
        "|\\b(?:can'?t|cannot|can\\s+not)\\s+breathe\\b|\\bchest\\s+pains?\\s+(?:right\\s+)?now\\b" +
        "|\\b(?:overdos(?:e|ed|ing)|od'?d)\\b|\\btook\\s+(?:too\\s+many|all\\s+(?:my|the))\\s+pills\\b" +
        "|\\b(?:having|had)\\s+(?:a\\s+)?(?:heart\\s+attack|stroke|seizure)\\s+(?:right\\s+)?now\\b",
    },
  },
  {
    id: 'phi-inquiry',
    label: 'Asks about their own health information',
    priority: 900,
    match: {
      kind: 'regex',
      pattern:
        "\\bmy\\s+(?:(?:mom|dad|mother|father|son|daughter|wife|husband|child|kid|baby)(?:'s|’s)\\s+)?(?:\\w+\\s+){0,2}(?:results?|records?|chart|diagnosis|prescription|refill|labs?|biopsy|scan|mri|x-?ray|test)\\b" +
        '|\\b(?:check|look\\s+up|pull\\s+up|find|see)\\s+(?:on\\s+)?(?:my|his|her)\\s+(?:\\w+\\s+)?(?:file|chart|records?|results?|status)\\b' +
        '|\\b(?:is|was)\\s+my\\s+(?:mom|dad|mother|father|son|daughter|wife|husband|child|friend)\\s+(?:still\\s+)?(?:there|admitted|in\\s+the|a\\s+patient|okay|ok)\\b',
    },
  },
  {
    id: 'misinformation',
    label: 'Health misinformation',
    priority: 800,
    match: {
      kind: 'regex',
      pattern:
        '\\bvaccin[a-z]*\\s+(?:\\w+\\s+){0,2}(?:cause|causes|caused)\\s+(?:\\w+\\s+)?(?:autism|infertility|cancer|death)\\b' +
        '|\\b(?:plandemic|scamdemic|sheeple|microchips?|5g)\\b|\\b(?:covid|pandemic|virus)\\s+(?:is|was)\\s+(?:a\\s+)?(?:hoax|scam|fake|lie)\\b' +
        "|\\bbig\\s+pharma\\b|\\bthey\\s+(?:don'?t|do\\s+not)\\s+want\\s+you\\s+to\\s+know\\b|\\bdo\\s+your\\s+own\\s+research\\b" +
        '|\\b(?:ivermectin|hydroxychloroquine|bleach)\\b|\\b(?:cures?|cured)\\s+(?:\\w+\\s+)?(?:cancer|covid|autism|diabetes)\\b' +
        '|\\bjust\\s+(?:a|the)\\s+flu\\b|\\bnatural\\s+immunity\\b|\\bpoison(?:ing)?\\s+(?:our|the|your)\\s+(?:kids|children|people)\\b',
    },
  },
  {
    id: 'negative-experience',
    label: 'Complaint or negative experience',
    priority: 700,
    match: {
      kind: 'regex',
      pattern:
        '\\b(?:worst|terrible|horrible|awful|disgusting|appalling|unacceptable|negligen[a-z]*|malpractice|incompetent|rude|disrespectful|ignored|neglected)\\b' +
        "|\\bnever\\s+(?:again|going\\s+back|coming\\s+back)\\b|\\blet\\s+my\\s+\\w+\\s+die\\b|\\bwaited\\s+(?:for\\s+)?(?:\\d+|hours|over|almost)\\b" +
        '|\\b(?:one|1|zero|0)\\s+stars?\\b|\\b(?:file|filing|filed)\\s+a\\s+complaint\\b|\\bcomplain[a-z]*\\b|\\bsue\\b|\\blawyer\\b' +
        "|\\bshame\\s+on\\s+you\\b|\\bdisappointed\\b|\\bnobody\\s+(?:cared|listened|helped)\\b",
    },
  },
  {
    id: 'billing',
    label: 'Billing question',
    priority: 600,
    match: {
      kind: 'regex',
      pattern:
        '\\b(?:bill|bills|billed|billing|invoice|charged|overcharged|charges|copay|co-pay|deductible|payment|refund|statement|collections|price|cost|costs|insurance|in-network|out-of-network|financial\\s+assistance)\\b',
    },
  },
  {
    id: 'appointment',
    label: 'Appointment request',
    priority: 500,
    match: {
      kind: 'regex',
      pattern:
        '\\b(?:appointments?|appt|schedul(?:e|ed|ing)|reschedul[a-z]*|book(?:ing)?\\s+(?:a|an)|walk-?ins?|availability|next\\s+available|new\\s+patients?|waitlist|wait\\s+list)\\b' +
        '|\\b(?:get|got)\\s+(?:in|seen)\\s+(?:to\\s+see|with|by)\\b|\\bsee\\s+a\\s+(?:doctor|specialist|dermatologist|cardiologist)\\b',
    },
  },
  {
    id: 'media-inquiry',
    label: 'Media inquiry',
    priority: 400,
    match: {
      kind: 'regex',
      pattern:
        '\\b(?:reporter|journalist|producer|editor|correspondent)\\s+(?:with|at|from|for)\\b|\\b(?:media|press)\\s+(?:inquiry|enquiry|request|contact|office|team)\\b' +
        '|\\b(?:request|arrange|schedule)\\s+an\\s+interview\\b|\\binterview\\s+(?:someone|a\\s+doctor|an\\s+expert|one\\s+of\\s+your)\\b' +
        '|\\bfor\\s+(?:a|an|our)\\s+(?:story|article|segment|piece|report|podcast)\\b|\\bon\\s+deadline\\b|\\bcomment\\s+for\\s+(?:a|our)\\b',
    },
  },
  {
    id: 'job-inquiry',
    label: 'Job inquiry',
    priority: 300,
    match: {
      kind: 'regex',
      pattern:
        '\\b(?:hiring|jobs?|careers?|openings?|vacanc(?:y|ies)|positions?\\s+(?:open|available)|internships?|residency\\s+program|resume|cv)\\b' +
        '|\\b(?:apply|applied|application)\\s+(?:for|to)\\b|\\bwork\\s+(?:for|at|with)\\s+(?:you|your)\\b',
    },
  },
  {
    id: 'praise',
    label: 'Praise or thanks',
    priority: 200,
    match: {
      kind: 'regex',
      pattern:
        '\\b(?:thank\\s+you|thanks|thankful|grateful|kudos|shout-?\\s?out|appreciate|amazing|wonderful|fantastic|incredible|outstanding|angels?|heroes|saved\\s+my\\s+life|five\\s+stars?|5\\s+stars?|the\\s+best)\\b',
    },
  },
  {
    id: 'general-question',
    label: 'General question',
    priority: 100,
    match: {
      kind: 'regex',
      pattern:
        '\\?|^\\s*(?:how|what|when|where|why|who|which|can|could|do|does|is|are|will|would|should)\\b|\\b(?:i\\s+was\\s+wondering|does\\s+anyone\\s+know|any\\s+info)\\b',
    },
  },
];
