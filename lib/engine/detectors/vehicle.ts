import type { Detector } from '../detector';

export const vehicleDetector: Detector = {
  id: 'vehicle',
  description: 'PLACEHOLDER: not written yet',
  detect: () => [],
};
