import type { Detector } from '../detector';

export const locationDetector: Detector = {
  id: 'location',
  description: 'PLACEHOLDER: not written yet',
  detect: () => [],
};
