import type { Detector } from '../detector';

export const ageDetector: Detector = {
  id: 'age',
  description: 'PLACEHOLDER: not written yet',
  detect: () => [],
};
