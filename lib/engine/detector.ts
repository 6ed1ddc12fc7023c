import type { CheckContext, FindingType, Fix } from './finding';

/**
 * A detector finds candidate spans of one kind of problem in a draft. Detectors are pure functions of the
 * text and context: no DOM, no browser APIs, no I/O, and linear (or bounded) in the length of the text,
 * because the engine runs them on every pause in typing and on 100,000-character pastes.
 *
 * Policy pack rules refer to detectors by `id` (`match: { kind: 'detector', detector: 'phone' }`); the rule
 * supplies severity, message and explanation, the detector supplies spans and confidence.
 */
export interface Detector {
  /** Stable id used by pack rules, e.g. `phone`, `name`, `x-weighted-length`. */
  id: string;
  /** One line for pack authors: what it finds and which clause or source its pattern follows. */
  description: string;
  detect(input: DetectorInput): Candidate[];
}

export interface DetectorInput {
  /**
   * The draft as detectors see it (see `prepareText`): zero-width characters removed, exotic spaces folded to
   * ' ', full-width digits folded to ASCII. Offsets returned by detectors index this string; the engine maps
   * them back to the original draft.
   */
  text: string;
  context: CheckContext;
  allow: AllowLists;
  /** The rule's `match.options`, already validated by the pack schema as a JSON object. */
  options: Record<string, unknown>;
}

/** Allow-lists from the active packs, lower-cased for lookup. */
export interface AllowLists {
  /** Staff and public figures who may be named (lower-case full names and single tokens). */
  names: ReadonlySet<string>;
  /** Domains links may point to without a finding (lower-case, no leading dot). */
  domains: ReadonlySet<string>;
  /** Any other phrases that are never PHI for this organisation (lower-case). */
  terms: ReadonlySet<string>;
}

export interface Candidate {
  start: number;
  end: number;
  /**
   * 0..1. At or above 0.8 the rule's severity applies; from 0.5 the finding is at most `warn`; below 0.5 it
   * is dropped. Cue words raise it, allow-lists lower it (the way Presidio's context enhancer works).
   */
  confidence: number;
  /** Overrides the rule's type where one detector finds several kinds (phone vs fax). */
  type?: FindingType;
  /** Overrides the rule's message with a more specific one ("Full date of service"). */
  message?: string;
  /** Safe rewrites for this exact span; offered before the rule's own fixes. */
  fixes?: Fix[];
}
