import { baselinePolicy } from '@/lib/policy/compile';

export default defineBackground(() => {
  // Compile the baseline on wake so the first check does not pay for it.
  baselinePolicy();
});
