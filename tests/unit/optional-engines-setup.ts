// Unit tests load the optional pack engines by import, as the CLI does. The regex engine is loaded up front
// because many tests compile regex rules synchronously; nlp stays on demand (its own test checks that).
import { registerImportedEngines } from '../../lib/policy/imported-engines';
import { loadEngine } from '../../lib/policy/optional-engines';

registerImportedEngines();
await loadEngine('regex');
