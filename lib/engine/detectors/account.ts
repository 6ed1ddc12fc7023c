import type { Detector } from '../detector';

export const accountDetector: Detector = {
  id: 'account',
  description: 'PLACEHOLDER: not written yet',
  detect: () => [],
};
