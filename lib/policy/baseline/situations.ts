import type { PackInput } from '../schema';
import { phrases } from './policy-rules';

/**
 * Recognises the comment being replied to, so the right template is offered first. Priorities: crisis above
 * everything (safety first), then the situations with privacy or reputational stakes, then the everyday ones;
 * "general-question" catches any other question. Term lists (whole words, any case) keep classification fast
 * on long comments.
 */
const RELATIVES = ["mom's", "dad's", "mother's", "father's", "son's", "daughter's", "wife's", "husband's", "child's", "baby's"];
const MY_HEALTH_RECORDS = [
  'results', 'test results', 'lab results', 'biopsy results', 'blood work', 'bloodwork', 'labs', 'records',
  'medical records', 'chart', 'diagnosis', 'prescription', 'refill', 'scan', 'mri', 'x-ray', 'ct scan', 'biopsy',
  'referral', 'discharge papers', 'test',
];

export const situations: NonNullable<PackInput['situations']> = [
  {
    id: 'crisis',
    label: 'Crisis or emergency',
    priority: 1000,
    match: {
      kind: 'terms',
      terms: [
        'kill myself', 'killing myself', 'suicide', 'suicidal', 'end it all', 'end my life', 'want to die', 'wanna die',
        'better off dead', 'no reason to live', 'no point in living', 'hurt myself', 'hurting myself', 'harm myself',
        'cut myself', 'cutting myself', 'self harm', 'self-harm', 'self harming', 'self-harming',
        ...phrases(["don't", 'dont', 'do not'], ['want to'], ['be here', 'live', 'wake up']),
        "can't breathe", 'cant breathe', 'cannot breathe', 'can not breathe',
        ...phrases(['chest pain', 'chest pains'], ['right now', 'now']),
        'overdose', 'overdosed', 'overdosing', 'took too many pills', 'took all my pills',
        ...phrases(['having a'], ['heart attack', 'stroke', 'seizure'], ['right now', 'now']),
      ],
    },
  },
  {
    id: 'phi-inquiry',
    label: 'Asks about their own health information',
    priority: 900,
    match: {
      kind: 'terms',
      terms: [
        ...phrases(['my'], MY_HEALTH_RECORDS),
        ...phrases(['my'], RELATIVES, MY_HEALTH_RECORDS),
        ...phrases(['check', 'look up', 'pull up', 'find'], ['my', 'his', 'her'], ['file', 'chart', 'records', 'results', 'status']),
        ...phrases(['is my', 'was my'], ['mom', 'dad', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'friend'], ['still there', 'admitted', 'a patient', 'okay']),
      ],
    },
  },
  {
    id: 'misinformation',
    label: 'Health misinformation',
    priority: 800,
    match: {
      kind: 'terms',
      terms: [
        ...phrases(['vaccines', 'vaccine', 'the vaccine', 'the shot', 'shots'], ['cause', 'causes', 'caused'], ['autism', 'infertility', 'cancer', 'death']),
        'plandemic', 'scamdemic', 'sheeple', 'microchip', 'microchips', '5g', 'big pharma', 'do your own research',
        "they don't want you to know", 'they dont want you to know', 'ivermectin', 'hydroxychloroquine', 'bleach',
        ...phrases(['covid', 'the pandemic', 'the virus'], ['is a', 'was a', 'is'], ['hoax', 'scam', 'lie']),
        ...phrases(['cures', 'cured'], ['cancer', 'covid', 'autism', 'diabetes']),
        'just the flu', 'just a flu', 'natural immunity', 'poisoning our kids', 'poisoning our children',
      ],
    },
  },
  {
    id: 'negative-experience',
    label: 'Complaint or negative experience',
    priority: 700,
    match: {
      kind: 'terms',
      terms: [
        'worst', 'terrible', 'horrible', 'awful', 'disgusting', 'appalling', 'unacceptable', 'negligent', 'negligence',
        'malpractice', 'incompetent', 'rude', 'disrespectful', 'ignored', 'neglected', 'never again', 'never going back',
        'never coming back', 'waited hours', 'waited for hours', 'one star', '1 star', 'zero stars', 'file a complaint',
        'filed a complaint', 'complaint', 'complain', 'complaining', 'sue', 'lawyer', 'shame on you', 'disappointed',
        'nobody cared', 'nobody listened', 'nobody helped', 'let my dad die', 'let my mom die', 'let my father die',
        'let my mother die',
      ],
    },
  },
  {
    id: 'billing',
    label: 'Billing question',
    priority: 600,
    match: {
      kind: 'terms',
      terms: [
        'bill', 'bills', 'billed', 'billing', 'invoice', 'charged', 'overcharged', 'charges', 'copay', 'co-pay',
        'deductible', 'payment', 'refund', 'statement', 'collections', 'price', 'cost', 'costs', 'insurance',
        'in-network', 'out-of-network', 'financial assistance',
      ],
    },
  },
  {
    id: 'appointment',
    label: 'Appointment request',
    priority: 500,
    match: {
      kind: 'terms',
      terms: [
        'appointment', 'appointments', 'appt', 'schedule', 'scheduled', 'scheduling', 'reschedule', 'rescheduling',
        'book a', 'book an', 'booking a', 'walk-in', 'walk in', 'walk-ins', 'availability', 'next available',
        'new patient', 'new patients', 'waitlist', 'wait list', 'get in to see', 'get seen',
        ...phrases(['see a'], ['doctor', 'specialist', 'dermatologist', 'cardiologist', 'pediatrician']),
      ],
    },
  },
  {
    id: 'media-inquiry',
    label: 'Media inquiry',
    priority: 400,
    match: {
      kind: 'terms',
      terms: [
        ...phrases(['reporter', 'journalist', 'producer', 'editor', 'correspondent'], ['with', 'at', 'from', 'for']),
        ...phrases(['media', 'press'], ['inquiry', 'enquiry', 'request', 'contact', 'office', 'team']),
        ...phrases(['request', 'arrange', 'schedule'], ['an interview']),
        ...phrases(['for a', 'for an', 'for our'], ['story', 'article', 'segment', 'piece', 'report', 'podcast']),
        'on deadline', 'comment for a', 'comment for our',
      ],
    },
  },
  {
    id: 'job-inquiry',
    label: 'Job inquiry',
    priority: 300,
    match: {
      kind: 'terms',
      terms: [
        'hiring', 'job', 'jobs', 'career', 'careers', 'opening', 'openings', 'vacancy', 'vacancies', 'internship',
        'internships', 'residency program', 'resume', 'cv', 'apply for', 'apply to', 'applied for', 'applied to',
        'application for', 'work for you', 'work at your', 'work with you', 'positions open', 'positions available',
      ],
    },
  },
  {
    id: 'praise',
    label: 'Praise or thanks',
    priority: 200,
    match: {
      kind: 'terms',
      terms: [
        'thank you', 'thanks', 'thankful', 'grateful', 'kudos', 'shout out', 'shoutout', 'shout-out', 'appreciate',
        'amazing', 'wonderful', 'fantastic', 'incredible', 'outstanding', 'angel', 'angels', 'heroes',
        'saved my life', 'five stars', '5 stars', 'the best',
      ],
    },
  },
  {
    id: 'general-question',
    label: 'General question',
    priority: 100,
    match: {
      kind: 'terms',
      terms: [
        '?', 'i was wondering', 'does anyone know', 'any info', 'can you tell me', 'how do i', 'how can i', 'where can i',
        'what time', 'is there',
      ],
    },
  },
];
