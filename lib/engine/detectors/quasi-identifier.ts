import type { Detector } from '../detector';

export const quasiIdentifierDetector: Detector = {
  id: 'quasi-identifier',
  description: 'PLACEHOLDER: not written yet',
  detect: () => [],
};
