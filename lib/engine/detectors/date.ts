import type { Detector } from '../detector';

export const dateDetector: Detector = {
  id: 'date',
  description: 'PLACEHOLDER: not written yet',
  detect: () => [],
};
