import { describe, it, expect, beforeAll } from 'vitest';
import { runCli, scratch, TEST_PACK } from './test-helpers';

let packPath: string;
let at: (name: string) => string;

beforeAll(async () => {
  const dir = await scratch({
    'pack.json': JSON.stringify(TEST_PACK),
    'night.txt': 'Quiet shift.\nThe man in bay 4 went home today.\n',
    'clean.txt': 'Wash your hands before visiting.\n',
    'cure.txt': 'This tea is a miracle cure.\n',
    'extends.json': JSON.stringify({ ...TEST_PACK, id: 'org.example.extends', extends: 'phi-guard.baseline' }),
    'broken.json': JSON.stringify({ ...TEST_PACK, version: 'seven' }),
  });
  at = dir.at;
  packPath = at('pack.json');
});

describe('phi-guard (no command)', () => {
  it('prints the version and the help, exit 0', async () => {
    expect(await runCli(['--version'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/) });
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('phi-guard check');
    expect(help.stdout).toContain('phi-guard calendar');
    expect(help.stdout).toContain('phi-guard pack verify');
    expect((await runCli(['check', '--help'])).code).toBe(0);
  });

  it('exits 2 with the help on stderr when there is no command, and one line for an unknown command', async () => {
    const none = await runCli([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    const unknown = await runCli(['scan']);
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    expect(unknown.stderr).toMatch(/unknown command "scan"/);
  });
});

describe('phi-guard check (text)', () => {
  it('reports file:line:col, severity, rule, message, the words and fixes; exit 1 on a block', async () => {
    const { code, stdout, stderr } = await runCli(['check', '--pack', packPath, at('night.txt')]);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toContain(`${at('night.txt')}:2:12  block  test.bed  Bed or bay number next to patient context  "bay 4"`);
    expect(stdout).toContain('fix: Generalise the place → "the unit"');
    expect(stdout).toMatch(/1 finding \(1 block\) in 1 input/);
  });

  it('reads stdin when no file is given', async () => {
    const { code, stdout } = await runCli(['check', '--pack', packPath], 'Bed 12 again tonight');
    expect(code).toBe(1);
    expect(stdout).toContain('<stdin>:1:1  block  test.bed');
  });

  it('exits 0 when findings only warn, and when there are none', async () => {
    const warn = await runCli(['check', '--pack', packPath, at('cure.txt')]);
    expect(warn.code).toBe(0);
    expect(warn.stdout).toContain('warn   test.cure');
    const clean = await runCli(['check', '--pack', packPath, at('clean.txt')]);
    expect(clean).toMatchObject({ code: 0, stdout: 'No findings in 1 input.\n' });
  });

  it('checks several files in one report', async () => {
    const { code, stdout } = await runCli(['check', '--pack', packPath, at('clean.txt'), at('cure.txt'), at('night.txt')]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/2 findings \(1 block, 1 warn\) in 3 inputs/);
  });

  it('exits 2 on a missing file without printing half a report', async () => {
    const { code, stdout, stderr } = await runCli(['check', '--pack', packPath, at('night.txt'), at('missing.txt')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`phi-guard: cannot read file ${at('missing.txt')}: no such file\n`);
  });

  it('exits 2 on bad options and bad packs, one line each', async () => {
    for (const argv of [
      ['check', '--format', 'xml'],
      ['check', '--surface', 'story'],
      ['check', '--frobnicate'],
      ['check', '--pack', at('broken.json')],
      ['check', '--pack', at('nowhere.json')],
      ['check', '--jsonl', at('night.txt')],
    ]) {
      const { code, stdout, stderr } = await runCli(argv, 'text');
      expect(code, argv.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n'), argv.join(' ')).toHaveLength(1);
      expect(stderr).not.toMatch(/\s+at\s+\S+\s+\(/); // no stack frames
    }
    expect((await runCli(['check', '--pack', at('broken.json')])).stderr).toMatch(/invalid pack: version/);
  });

  it('gives a pack that extends the baseline the baseline rules as well', async () => {
    const { stdout } = await runCli(['check', '--format', 'sarif', '--pack', at('extends.json')], 'hello');
    const ids = JSON.parse(stdout).runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toContain('test.bed');
    expect(ids).toContain('phi.name');
    const alone = JSON.parse((await runCli(['check', '--format', 'sarif', '--pack', packPath], 'hello')).stdout);
    expect(alone.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['test.bed', 'test.cure']);
  });
});

describe('phi-guard check --format json', () => {
  it('lists each file with located findings and the flagged words', async () => {
    const { code, stdout } = await runCli(['check', '--format', 'json', '--pack', packPath, at('night.txt')]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.packs).toEqual([{ id: 'org.example.cli-test', name: 'CLI test pack', version: 7 }]);
    expect(report.files[0].findings[0]).toMatchObject({
      ruleId: 'test.bed', severity: 'block', start: 24, end: 29, line: 2, column: 12, endLine: 2, endColumn: 17, excerpt: 'bay 4',
    });
  });
});

/** The properties SARIF 2.1.0 marks required, for the objects this CLI emits (sarif-schema-2.1.0.json). */
function sarifProblems(log: any): string[] {
  const problems: string[] = [];
  const need = (cond: boolean, what: string) => cond || problems.push(what);
  const message = (m: any, where: string) => need(typeof m?.text === 'string' || typeof m?.id === 'string', `${where}.message needs text or id`);
  need(log.version === '2.1.0', 'version must be "2.1.0"');
  need(Array.isArray(log.runs), 'runs is required');
  for (const [i, run] of (log.runs ?? []).entries()) {
    need(typeof run.tool?.driver?.name === 'string', `runs[${i}].tool.driver.name is required`);
    for (const [j, rule] of (run.tool?.driver?.rules ?? []).entries()) {
      need(typeof rule.id === 'string', `rules[${j}].id is required`);
      for (const key of ['shortDescription', 'fullDescription', 'help']) {
        if (rule[key] !== undefined) need(typeof rule[key].text === 'string', `rules[${j}].${key}.text is required`);
      }
      if (rule.defaultConfiguration) need(['none', 'note', 'warning', 'error'].includes(rule.defaultConfiguration.level), `rules[${j}] level`);
    }
    for (const [j, artifact] of (run.artifacts ?? []).entries()) need(typeof artifact.location?.uri === 'string', `artifacts[${j}].location.uri`);
    for (const [j, result] of (run.results ?? []).entries()) {
      message(result.message, `results[${j}]`);
      need(['none', 'note', 'warning', 'error'].includes(result.level), `results[${j}].level`);
      if (result.ruleIndex !== undefined) need(run.tool.driver.rules[result.ruleIndex]?.id === result.ruleId, `results[${j}].ruleIndex points at its rule`);
      for (const loc of result.locations ?? []) {
        const region = loc.physicalLocation?.region;
        need(region && (region.startLine >= 1 || region.charOffset >= 0), `results[${j}] region needs startLine or charOffset`);
        if (region.startColumn !== undefined) need(region.startColumn >= 1, `results[${j}] startColumn ≥ 1`);
      }
      for (const fix of result.fixes ?? []) {
        need(Array.isArray(fix.artifactChanges) && fix.artifactChanges.length > 0, `results[${j}].fixes[].artifactChanges is required`);
        for (const change of fix.artifactChanges ?? []) {
          need(change.artifactLocation !== undefined, 'artifactChange.artifactLocation is required');
          need(Array.isArray(change.replacements) && change.replacements.length > 0, 'artifactChange.replacements is required');
          for (const r of change.replacements ?? []) need(r.deletedRegion !== undefined, 'replacement.deletedRegion is required');
        }
      }
    }
  }
  return problems;
}

describe('phi-guard check --format sarif', () => {
  it('emits SARIF 2.1.0 with the pack rules, help text, regions in lines/columns and offsets, and fixes', async () => {
    const { code, stdout } = await runCli(['check', '--format', 'sarif', '--pack', packPath, at('night.txt'), at('cure.txt')]);
    expect(code).toBe(1);
    const log = JSON.parse(stdout);
    expect(sarifProblems(log)).toEqual([]);
    const run = log.runs[0];
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.tool.driver.rules[0]).toMatchObject({
      id: 'test.bed',
      shortDescription: { text: 'Bed or bay number next to patient context' },
      help: { text: expect.stringContaining('A bed number narrows') },
      defaultConfiguration: { level: 'error' },
    });
    expect(run.results).toHaveLength(2);
    const [bed, cure] = run.results;
    expect(bed).toMatchObject({ ruleId: 'test.bed', ruleIndex: 0, level: 'error' });
    expect(bed.locations[0].physicalLocation).toMatchObject({
      artifactLocation: { uri: expect.stringMatching(/^file:\/\/.*night\.txt$/), index: 0 },
      region: { startLine: 2, startColumn: 12, endLine: 2, endColumn: 17, charOffset: 24, charLength: 5 },
    });
    expect(bed.fixes[0].artifactChanges[0].replacements[0]).toEqual({
      deletedRegion: { charOffset: 24, charLength: 5 },
      insertedContent: { text: 'the unit' },
    });
    expect(cure).toMatchObject({ ruleId: 'test.cure', level: 'warning' });
    expect(cure.locations[0].physicalLocation.artifactLocation.index).toBe(1);
  });

  it('keeps the flagged words out of the SARIF log', async () => {
    const { stdout } = await runCli(['check', '--format', 'sarif', '--pack', packPath], 'Visited bed 31 today');
    expect(stdout).not.toContain('bed 31');
    expect(sarifProblems(JSON.parse(stdout))).toEqual([]);
  });
});

describe('phi-guard check --jsonl', () => {
  const lines = (...items: object[]) => items.map((i) => JSON.stringify(i)).join('\n');

  it('answers each line with its id and findings, in input order', async () => {
    const input = lines(
      { id: 'b', text: 'bed 3 is free' },
      { id: 'a', text: 'nothing here', phi: [] },
      { id: 7, text: 'a miracle cure, bay 9', surface: 'reply', site: 'x.com' },
    );
    const { code, stdout, stderr } = await runCli(['check', '--jsonl', '--pack', packPath], `${input}\n`);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const out = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['b', 'a', 7]);
    expect(out[0].findings).toEqual([expect.objectContaining({ ruleId: 'test.bed', start: 0, end: 5, category: 'phi', severity: 'block' })]);
    expect(out[1]).toEqual({ id: 'a', findings: [] });
    expect(out[2].findings.map((f: { ruleId: string }) => f.ruleId).sort()).toEqual(['test.bed', 'test.cure']);
  });

  it('skips blank lines and handles CRLF input', async () => {
    const { code, stdout } = await runCli(['check', '--jsonl', '--pack', packPath], `{"id":"x","text":"hello"}\r\n\r\n{"id":"y","text":"there"}\r\n`);
    expect(code).toBe(0);
    expect(stdout).toBe('{"id":"x","findings":[]}\n{"id":"y","findings":[]}\n');
  });

  it('stops at a bad line 3 with exit 2, naming the line and field, and writes nothing', async () => {
    const input = lines({ id: '1', text: 'bed 1' }, { id: '2', text: 'fine' }, { id: '3', txt: 'typo' }, { id: '4', text: 'fine' });
    const { code, stdout, stderr } = await runCli(['check', '--jsonl', '--pack', packPath], input);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^phi-guard: line 3: field "text": .*\n$/);
  });

  it('names the line of invalid JSON, a wrong surface and a missing id', async () => {
    const bad = async (input: string) => (await runCli(['check', '--jsonl'], input)).stderr;
    expect(await bad('{"id":"1","text":"ok"}\n{"id": "2", "text": }')).toMatch(/^phi-guard: line 2: not valid JSON/);
    expect(await bad('{"id":"1","text":"ok","surface":"story"}')).toMatch(/^phi-guard: line 1: field "surface"/);
    expect(await bad('{"text":"ok"}')).toMatch(/^phi-guard: line 1: field "id"/);
    expect(await bad('["id","text"]')).toMatch(/^phi-guard: line 1: the line: /);
  });

  it('applies --site and --surface where a line does not say', async () => {
    const pack = {
      ...TEST_PACK,
      rules: [{ ...TEST_PACK.rules[1], id: 'test.reply-only', when: { surfaces: ['reply'] } }],
    };
    const dir = await scratch({ 'reply.json': JSON.stringify(pack) });
    const input = lines({ id: 'default', text: 'miracle cure' }, { id: 'post', text: 'miracle cure', surface: 'post' });
    const { stdout } = await runCli(['check', '--jsonl', '--surface', 'reply', '--pack', dir.at('reply.json')], input);
    const [first, second] = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(first.findings).toHaveLength(1);
    expect(second.findings).toHaveLength(0);
  });

  it('runs the built-in baseline when no pack is given', async () => {
    const { code, stdout } = await runCli(['check', '--jsonl'], '{"id":"only","text":"See you tomorrow."}\n');
    expect([0, 1]).toContain(code);
    expect(JSON.parse(stdout)).toMatchObject({ id: 'only', findings: expect.any(Array) });
  });
});
