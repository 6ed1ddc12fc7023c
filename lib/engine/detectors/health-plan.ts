import type { Detector } from '../detector';

export const healthPlanDetector: Detector = {
  id: 'health-plan',
  description: 'PLACEHOLDER: not written yet',
  detect: () => [],
};
