import type { Detector } from '../detector';

export const mrnDetector: Detector = {
  id: 'mrn',
  description: 'PLACEHOLDER: not written yet',
  detect: () => [],
};
