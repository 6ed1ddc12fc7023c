import type { Detector } from '../detector';

export const ipDetector: Detector = {
  id: 'ip',
  description: 'PLACEHOLDER: not written yet',
  detect: () => [],
};
