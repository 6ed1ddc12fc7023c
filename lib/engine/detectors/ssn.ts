import type { Detector } from '../detector';

export const ssnDetector: Detector = {
  id: 'ssn',
  description: 'PLACEHOLDER: not written yet',
  detect: () => [],
};
