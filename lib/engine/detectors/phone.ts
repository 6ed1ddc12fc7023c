import type { Detector } from '../detector';

export const phoneDetector: Detector = {
  id: 'phone',
  description: 'PLACEHOLDER: not written yet',
  detect: () => [],
};
