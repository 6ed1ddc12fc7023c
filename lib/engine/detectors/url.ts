import type { Detector } from '../detector';

export const urlDetector: Detector = {
  id: 'url',
  description: 'PLACEHOLDER: not written yet',
  detect: () => [],
};
