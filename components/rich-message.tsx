import { Fragment, type ReactNode } from 'react';
import { t, type MessageKey } from '@/lib/i18n';

// Private-use characters: no message contains them, so they mark exactly where each element goes.
const MARKER = /\uE000(\d)\uE001/;
const marker = (index: number) => `\uE000${index}\uE001`;

/**
 * The message `key` with React elements (a `<code>` name, say) in its placeholders, in the order the
 * placeholders' contents number them ($1, $2 …). Translators keep the whole sentence and may put the
 * element wherever their language wants it, instead of the sentence being glued from pieces.
 */
export function richMessage(key: MessageKey, ...elements: ReactNode[]): ReactNode[] {
  const parts = t(key, elements.map((_, i) => marker(i))).split(MARKER);
  // split() with a capture group alternates text and the captured element index.
  return parts.map((part, i) => <Fragment key={i}>{i % 2 ? elements[Number(part)] : part}</Fragment>);
}
