import { TEMPLATE_VARIABLE } from '../policy/template-variables';

/**
 * Fills a template body's `{{variable}}` placeholders for the options page's preview. A variable with no
 * value stays as its placeholder and is listed in `missing`, so the author sees what still needs a value.
 */

export interface TemplatePreview {
  text: string;
  missing: string[];
}

export function previewTemplate(body: string, values: Readonly<Record<string, string | undefined>>): TemplatePreview {
  const missing = new Set<string>();
  const text = body.replace(TEMPLATE_VARIABLE, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined || value === '') {
      missing.add(name);
      return placeholder;
    }
    return value;
  });
  return { text, missing: [...missing] };
}

/** Every variable name the bodies use, sorted: the rows of the variables table. */
export function variableNames(bodies: Iterable<string>): string[] {
  const names = new Set<string>();
  for (const body of bodies) for (const match of body.matchAll(TEMPLATE_VARIABLE)) names.add(match[1]!);
  return [...names].sort();
}
