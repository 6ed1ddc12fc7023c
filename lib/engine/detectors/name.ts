import type { Detector } from '../detector';

export const nameDetector: Detector = {
  id: 'name',
  description: 'PLACEHOLDER: not written yet',
  detect: () => [],
};
