/**
 * Device identifiers and serial numbers — 45 CFR 164.514(b)(2)(i)(M): implant and equipment serial numbers,
 * FDA Unique Device Identifiers (21 CFR 801.20; GS1, HIBCC and ICCBBA formats, e.g. "(01)…(21)…") and IMEIs
 * (3GPP TS 23.003: 15 digits, Luhn check). Serial numbers have no common format, so each needs its cue.
 */
import type { Candidate, Detector } from '../detector';
import { cueScan, patternScan } from './cues';
import { luhnValid } from './checksums/luhn';
import { foldCase } from './fold-case';
import { dropOverlaps, findCuedIdentifiers } from './other-id';

const SERIAL_CUE = cueScan([
  'serial', 'serial number', 'serial no', 'serial #', 's/n', 'device id', 'device identifier', 'device serial',
  'pacemaker serial', 'implant serial', 'implant id', 'pump serial', 'model and serial', 'asset tag', 'meid', 'esn',
]);
// "SN" is an abbreviation for many things in clinical notes; only "SN:" or "SN#" is a serial number label.
const SN_CUE = patternScan(/sn/, () => /(?<![\p{L}\p{N}])sn\s?[:#]/gu);
const IMEI_CUE = cueScan(['imei', 'imei number', 'imei #']);
// A UDI as printed: GS1 application identifiers in brackets or an HIBCC "+" string, up to 80 characters.
// Lower case, run over the folded text (fold-case.ts).
const UDI = /(?<![\p{L}\p{N}])(?:udi|unique device identifier)[\s:#]{0,4}((?:\(\d{2,4}\)[a-z0-9\-]{1,30}){1,6}|\+[a-z0-9$\/+.\-]{8,80}|\d{8,20})/gu;
const FIXES = [{ label: 'Remove the device identifier', replacement: '[device ID removed]' }];

export const deviceDetector: Detector = {
  id: 'device',
  description:
    'Device serial numbers, UDIs and IMEIs (Luhn) after a device cue — 45 CFR 164.514(b)(2)(i)(M).',
  detect({ text }) {
    const out: Candidate[] = [];
    for (const m of foldCase(text).matchAll(UDI)) {
      const start = m.index + m[0].length - m[1]!.length;
      out.push({ start, end: m.index + m[0].length, confidence: 0.9, message: 'Unique Device Identifier', fixes: FIXES });
    }
    for (const id of findCuedIdentifiers(text, IMEI_CUE, { minDigits: 14, accept: (v) => /^\d{15}$/.test(v) })) {
      out.push({ start: id.start, end: id.end, confidence: luhnValid(id.value) ? 0.95 : 0.6, message: 'IMEI', fixes: FIXES });
    }
    for (const cue of [SERIAL_CUE, SN_CUE]) {
      for (const id of findCuedIdentifiers(text, cue, { minDigits: 2 })) {
        out.push({ start: id.start, end: id.end, confidence: 0.9, fixes: FIXES });
      }
    }
    return dropOverlaps(out);
  },
};
