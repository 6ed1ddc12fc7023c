/**
 * Medical record numbers — 45 CFR 164.514(b)(2)(i)(H). Record numbers have no public format (each hospital
 * assigns its own), so a code counts only when a record cue introduces it: "MRN", "MR#", "medical record",
 * "chart #", "record number", "hospital number", "unit no".
 */
import type { Candidate, Detector } from '../detector';
import { cueScan } from './cues';
import { findCuedIdentifiers } from './other-id';

const MRN_CUE = cueScan([
  'mrn', 'mrn#', 'mr#', 'mr #', 'mr no', 'mr number', 'medical record', 'medical record number', 'medical record no',
  'med rec', 'med rec no', 'chart', 'chart #', 'chart no', 'chart number', 'record number', 'record no', 'record #',
  'hospital number', 'hospital no', 'hosp no', 'hospital id', 'unit no', 'unit number', 'patient id', 'pt id',
  'patient number', 'emr', 'ehr', 'epic id',
]);

export const mrnDetector: Detector = {
  id: 'mrn',
  description: 'Medical record numbers introduced by a record cue (MRN, MR#, chart #, unit no) — 45 CFR 164.514(b)(2)(i)(H).',
  detect({ text }) {
    return findCuedIdentifiers(text, MRN_CUE, { minDigits: 3 }).map(
      (id): Candidate => ({
        start: id.start,
        end: id.end,
        confidence: 0.9,
        fixes: [{ label: 'Remove the record number', replacement: '[MRN removed]' }],
      }),
    );
  },
};
