import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every word the extension shows goes through lib/i18n.ts, so a translation covers the whole UI. This scans
 * the React components for words written straight into the markup — JSX text, the attributes a screen reader
 * or a tooltip reads out, and string literals rendered as children — and for messages handed straight to the
 * browser's dialogs or to a component's error or notice state, which a translator could never reach.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCANNED_DIRS = ['components', 'entrypoints'];

/** Attributes whose value the user reads or hears. */
const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);

/** Calls whose string argument is shown as it is: the browser's dialogs and error or notice state setters. */
const SHOWN_BY_CALL = /^(?:(?:window\.)?(?:alert|confirm|prompt)|set\w*(?:Error|Problem|Notice|Message|Status)s?)$/;

/** Text with a letter in it is language; punctuation, digits and dashes alone are not. */
const LANGUAGE = /\p{L}/u;

export interface Literal {
  file: string;
  line: number;
  text: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/**
 * The string parts of an expression that end up as text: both arms of a conditional, either side of `??`,
 * `||`, `&&` and `+`, and a template literal's fixed parts. Function calls (t('key') among them), JSX and
 * functions are not entered: their strings are arguments or other elements, visited on their own.
 */
function renderedStrings(node: ts.Expression): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) {
    const fixed = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
    return [fixed, ...node.templateSpans.flatMap((span) => renderedStrings(span.expression))];
  }
  if (ts.isParenthesizedExpression(node)) return renderedStrings(node.expression);
  if (ts.isConditionalExpression(node)) return [...renderedStrings(node.whenTrue), ...renderedStrings(node.whenFalse)];
  if (ts.isBinaryExpression(node)) return [...renderedStrings(node.left), ...renderedStrings(node.right)];
  return [];
}

/** The English a file writes straight into its markup. */
export function hardCodedText(fileName: string, text: string): Literal[] {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  const found: Literal[] = [];
  const report = (node: ts.Node, value: string) => {
    const trimmed = value.replace(/\s+/g, ' ').trim();
    if (LANGUAGE.test(trimmed)) {
      found.push({ file: fileName, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: trimmed });
    }
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
      const value = node.initializer;
      if (ts.isStringLiteral(value)) report(value, value.text);
      else if (ts.isJsxExpression(value) && value.expression) {
        for (const s of renderedStrings(value.expression)) report(value, s);
      }
    } else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      for (const s of renderedStrings(node.expression)) report(node, s);
    } else if (ts.isCallExpression(node) && SHOWN_BY_CALL.test(node.expression.getText(source))) {
      for (const argument of node.arguments) for (const s of renderedStrings(argument)) report(argument, s);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('hardCodedText', () => {
  it('finds words in JSX text, in read-out attributes and in strings rendered as children', () => {
    const found = hardCodedText(
      'sample.tsx',
      [
        'export const A = ({ n, on }: { n: number; on: boolean }) => (',
        '  <div className="row" data-testid="sample-row" title="Row details">',
        '    Saved {n} items',
        '    <input aria-label={`Value of ${n}`} placeholder={on ? "Search" : ""} />',
        '    {on ? " (active)" : null}',
        '    <img alt="" />',
        '  </div>',
        ');',
        'export function save(setError: (m: string) => void) {',
        '  if (!window.confirm("Delete everything?")) setError(`Nothing was deleted`);',
        '}',
      ].join('\n'),
    ).map((f) => [f.line, f.text]);
    expect(found).toEqual([
      [2, 'Row details'],
      [3, 'Saved'],
      [3, 'items'],
      [4, 'Value of'],
      [4, 'Search'],
      [5, '(active)'],
      [10, 'Delete everything?'],
      [10, 'Nothing was deleted'],
    ]);
  });

  it('leaves message lookups, class names, test ids, punctuation and numbers alone', () => {
    const found = hardCodedText(
      'sample.tsx',
      [
        "import { t } from '@/lib/i18n';",
        'export const B = ({ n, id }: { n: number; id: string }) => (',
        '  <p className={`sev-${id}`} data-testid={`row-${id}`} aria-label={t("sampleLabel", id)} key={id}>',
        "    {t('sampleText', String(n))} — {n} · {id ?? '—'} {`(${n})`}",
        '  </p>',
        ');',
        "export const warn = (setError: (m: string) => void) => setError(t('sampleError'));",
      ].join('\n'),
    );
    expect(found).toEqual([]);
  });
});

describe('the extension UI', () => {
  it('writes no English straight into components/ or entrypoints/: every word goes through t()', () => {
    const found = SCANNED_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir))).flatMap((file) =>
      hardCodedText(relative(ROOT, file), readFileSync(file, 'utf8')),
    );
    expect(found.map((f) => `${f.file}:${f.line} ${JSON.stringify(f.text)}`)).toEqual([]);
  });
});
