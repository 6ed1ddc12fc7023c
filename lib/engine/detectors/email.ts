import type { Detector } from '../detector';

export const emailDetector: Detector = {
  id: 'email',
  description: 'PLACEHOLDER: not written yet',
  detect: () => [],
};
