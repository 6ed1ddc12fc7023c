import nlp from 'compromise';
import { handOverEngine } from '@/lib/background/engine-scripts';

// compromise for packs' `nlp` rules, loaded by the background only when an active pack needs it.
export default defineUnlistedScript(() => {
  handOverEngine('nlp', nlp);
});
