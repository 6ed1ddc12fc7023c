import { renderToStaticMarkup } from 'react-dom/server';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { installEnglishMessages, renderMessage } from '@/tests/unit/english-messages';
import { richMessage } from './rich-message';

describe('richMessage', () => {
  beforeEach(installEnglishMessages);

  it('puts the element where the message has its placeholder', () => {
    const html = renderToStaticMarkup(<p>{richMessage('variablesHint', <code>{'{{name}}'}</code>)}</p>);
    expect(html).toBe('<p>Templates fill <code>{{name}}</code> with these values.</p>');
  });

  it('follows a translation that moves the element, and keeps text around it as text', () => {
    const moved = {
      historyHeading: {
        message: '$PACK$ <history>',
        description: 'test',
        placeholders: { pack: { content: '$1' } },
      },
    };
    fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) =>
      renderMessage(moved, key, substitutions)) as typeof fakeBrowser.i18n.getMessage;
    const html = renderToStaticMarkup(<h3>{richMessage('historyHeading', <code>org.example</code>)}</h3>);
    expect(html).toBe('<h3><code>org.example</code> &lt;history&gt;</h3>');
  });
});
