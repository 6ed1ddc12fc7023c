import { RE2JS } from 're2js';
import { handOverEngine } from '@/lib/background/engine-scripts';

// RE2JS for packs' `regex` rules, loaded by the background only when an active pack needs it.
export default defineUnlistedScript(() => {
  handOverEngine('regex', RE2JS);
});
