/**
 * A `{{variable}}` in a template body: the one definition of the placeholder syntax, shared by the template
 * picker (which fills and inserts) and the options page's preview. Names follow the pack schema's variable names.
 */
export const TEMPLATE_VARIABLE = /\{\{\s*([A-Za-z][A-Za-z0-9_]{0,63})\s*\}\}/g;
