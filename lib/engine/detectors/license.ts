import type { Detector } from '../detector';

export const licenseDetector: Detector = {
  id: 'license',
  description: 'PLACEHOLDER: not written yet',
  detect: () => [],
};
