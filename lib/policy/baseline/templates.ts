import type { PackInput } from '../schema';

/**
 * Approved replies for the situations the baseline recognises. Every template is written so that it never
 * confirms the person is a patient and never repeats what they shared, and each variable sits in a phrase
 * that still reads correctly once the organisation fills it in ({{orgName}}, {{orgPhone}}, {{portalUrl}},
 * {{mediaContact}}, {{careersUrl}}). Crisis numbers are written out: they must never depend on a setting.
 */
export const templates: NonNullable<PackInput['templates']> = [
  {
    id: 'phi-secure-channel',
    title: 'Move to a secure channel',
    situations: ['phi-inquiry'],
    body:
      "Thank you for reaching out. To protect your privacy, we can't discuss personal health information here. " +
      'Please call us at {{orgPhone}} or send a secure message through {{portalUrl}}, and our team will be glad to help.',
  },
  {
    id: 'appointment-request',
    title: 'Appointment request',
    situations: ['appointment'],
    body:
      'Thanks for your message! Our scheduling team can help you find a time that works. Please call {{orgPhone}} ' +
      "or book online at {{portalUrl}}. For your privacy, please don't share personal or health details here.",
  },
  {
    id: 'billing-question',
    title: 'Billing question',
    situations: ['billing'],
    body:
      'Thank you for reaching out. Our billing team can look into questions like this privately. Please call ' +
      "{{orgPhone}} or send a message through {{portalUrl}}, and please don't post account or insurance details here.",
  },
  {
    id: 'negative-experience',
    title: 'Negative experience',
    situations: ['negative-experience'],
    body:
      "We're sorry to hear this, and we take every concern seriously. We would like to understand what happened " +
      'and help. Please call {{orgPhone}} so someone from our team can talk with you privately.',
  },
  {
    id: 'praise-thanks',
    title: 'Praise and thanks',
    situations: ['praise'],
    body:
      'Thank you so much for taking the time to share this! Kind words mean a great deal to everyone at ' +
      '{{orgName}}, and we will make sure the team sees them.',
  },
  {
    id: 'misinformation-correction',
    title: 'Correct misinformation with a source',
    situations: ['misinformation'],
    body:
      "Thanks for joining the conversation. This is a common claim, but the evidence doesn't support it. The CDC " +
      '(cdc.gov) and the World Health Organization (who.int) keep clear, up-to-date answers on this topic. For ' +
      'questions about your own health, your doctor or nurse is the best person to ask.',
  },
  {
    id: 'crisis-support',
    title: 'Crisis or emergency',
    situations: ['crisis'],
    body:
      "We're really glad you reached out, and we want you to be safe. If you are in danger or having a medical " +
      'emergency, please call 911 now. You can also call or text 988 to reach the 988 Suicide & Crisis Lifeline: ' +
      "it's free, confidential and open 24/7. You don't have to go through this alone.",
  },
  {
    id: 'media-inquiry',
    title: 'Media inquiry',
    situations: ['media-inquiry'],
    body:
      'Thank you for your interest in {{orgName}}. Our media relations team will be happy to help: please contact ' +
      'them at {{mediaContact}}.',
  },
  {
    id: 'job-inquiry',
    title: 'Job inquiry',
    situations: ['job-inquiry'],
    body:
      'Thanks for your interest in joining {{orgName}}! You can see current openings and apply at {{careersUrl}}. ' +
      'We hope to see your application.',
  },
  {
    id: 'general-question',
    title: 'General question',
    situations: ['general-question'],
    body:
      'Thanks for your question! Our team can help with the details: please call {{orgPhone}} or visit ' +
      "{{portalUrl}}. For your privacy, please don't share personal health information here.",
  },
];
