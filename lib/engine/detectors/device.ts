import type { Detector } from '../detector';

export const deviceDetector: Detector = {
  id: 'device',
  description: 'PLACEHOLDER: not written yet',
  detect: () => [],
};
