import type { Detector } from '../detector';

export const otherIdDetector: Detector = {
  id: 'other-id',
  description: 'PLACEHOLDER: not written yet',
  detect: () => [],
};
