import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CompiledPolicy, Finding, Severity } from '../engine';
import type { CheckedText } from './report';
import { LineIndex } from './positions';
import { VERSION } from './version';

/**
 * SARIF 2.1.0 (OASIS, https://docs.oasis-open.org/sarif/sarif/v2.1.0/) so findings show up in code-scanning
 * tools. Regions carry both line/column (UTF-16 code units, declared in `columnKind`) and character offsets.
 * The flagged words are deliberately not copied into `snippet`: SARIF files get uploaded to code-scanning
 * services, and those words are the PHI.
 */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { block: 'error', warn: 'warning', info: 'note' };

export function toSarif(results: readonly CheckedText[], policy: CompiledPolicy): object {
  const rules = policy.rules.map(({ rule }) => ({
    id: rule.id,
    shortDescription: { text: rule.message },
    fullDescription: { text: rule.explanation },
    help: { text: `${sentence(rule.message)} ${rule.explanation}` },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { category: rule.category, type: rule.type, tags: [rule.category, rule.type] },
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  // Findings the engine itself emits (e.g. a truncated draft) have no pack rule; describe them from the finding.
  for (const result of results) {
    for (const f of result.findings) {
      if (ruleIndex.has(f.ruleId)) continue;
      ruleIndex.set(f.ruleId, rules.length);
      rules.push({
        id: f.ruleId,
        shortDescription: { text: f.message },
        fullDescription: { text: f.explanation ?? f.message },
        help: { text: f.explanation ?? f.message },
        defaultConfiguration: { level: LEVEL[f.severity] },
        properties: { category: f.category, type: f.type, tags: [f.category, f.type] },
      });
    }
  }

  const artifacts = results.map((r) => ({ location: { uri: toUri(r.source) }, length: r.text.length }));
  const sarifResults = results.flatMap((r, artifactIndex) => {
    const index = new LineIndex(r.text);
    const uri = toUri(r.source);
    return r.findings.map((f) => toResult(f, index, uri, artifactIndex, ruleIndex.get(f.ruleId)!));
  });

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'phi-guard', version: VERSION, semanticVersion: VERSION, rules } },
        columnKind: 'utf16CodeUnits',
        properties: { packs: policy.packs.map((p) => `${p.id}@${p.version}`) },
        artifacts,
        results: sarifResults,
      },
    ],
  };
}

function toResult(f: Finding, index: LineIndex, uri: string, artifactIndex: number, ruleIndex: number) {
  const start = index.position(f.start);
  const end = index.position(f.end);
  const region = {
    startLine: start.line,
    startColumn: start.column,
    endLine: end.line,
    endColumn: end.column,
    charOffset: f.start,
    charLength: f.end - f.start,
  };
  const artifactLocation = { uri, index: artifactIndex };
  const result: Record<string, unknown> = {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation, region } }],
    properties: { category: f.category, type: f.type },
  };
  if (f.fixes?.length) {
    result.fixes = f.fixes.map((fix) => ({
      description: { text: fix.label },
      artifactChanges: [
        {
          artifactLocation,
          replacements: [{ deletedRegion: { charOffset: f.start, charLength: f.end - f.start }, insertedContent: { text: fix.replacement } }],
        },
      ],
    }));
  }
  return result;
}

/** A file URI for an absolute path, else a relative URI reference; stdin has no file, so "stdin". */
function toUri(source: string): string {
  if (source === '<stdin>') return 'stdin';
  if (isAbsolute(source)) return pathToFileURL(source).href;
  return source.split(/[\\/]/).map(encodeURIComponent).join('/');
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
