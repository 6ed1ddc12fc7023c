// Measures the engine against the budgets in architecture.md ("Budgets") and prints them side by side.
//   npm run bench [-- --sections engine,cli] [--json]
// Writes every figure to .bench/engine.json. The benchmark is a list of named sections: adding one (browser
// figures, say) is one function returning { rows, data } and one line in SECTIONS.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SETS, dataDir } from './score-set.mjs';
import { importBrowserScript } from './browser-script.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const benchDir = path.join(root, '.bench');

const SECTIONS = [
  { name: 'engine', run: benchEngine },
  { name: 'cli', run: benchCli },
  { name: 'browser', run: benchBrowser },
];

// ---------------------------------------------------------------------------------------------------------
// Drafts: built from sentence fragments written for this benchmark, with identifiers mixed in, so every
// iteration checks a different text (no cache can flatter the figures). Seeded, so runs are comparable.

const FRAGMENTS = [
  'Huge thanks to our night shift for another steady week on the ward.',
  'Flu clinics run every weekday morning until the end of the month.',
  'Reminder: visiting hours change on public holidays, check before you travel.',
  'Our cardiology team welcomed two new nurses this spring.',
  'Hand hygiene saves lives; the gel stations are by every lift.',
  'So proud of the volunteers who staffed the blood drive in the rain!',
  'Parking is free for blue badge holders in the north car park.',
  'The new MRI suite opens to outpatients next quarter.',
  'Ask your pharmacist before mixing cold remedies with other medicines.',
  'Walking twenty minutes a day is a good start for most people.',
  'We are hiring respiratory therapists, see the careers page.',
  'Thank you for the kind words about the maternity unit this week.',
  'Screening saves lives: book your appointment through the portal.',
  'The cafeteria now offers a low-salt menu at lunch.',
  'This vitamin is a miracle cure that works 100% of the time!!!',
];
const IDENTIFIERS = [
  'Mrs. Okafor in bed 12 finally went home',
  'call me on (555) 203-8841 after six',
  'born 04/17/1951, now 93 years old',
  'MRN 00483921 was flagged twice',
  'she lives on Larkspur Lane in Millbrook',
  'email r.tanaka@example.com for the forms',
  'Dr. Lindqvist saw him on March 3rd',
  'his SSN 078-05-1120 was on the sheet',
  '#ThrowbackThursday with room 4B',
];

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function drafts(count, length, seed) {
  const random = rng(seed);
  const pick = (xs) => xs[Math.floor(random() * xs.length)];
  return Array.from({ length: count }, () => {
    let text = '';
    while (text.length < length) text += `${random() < 0.3 ? `${pick(IDENTIFIERS)}. ` : ''}${pick(FRAGMENTS)} `;
    return text.slice(0, length);
  });
}

/** 100,000-character pastes aimed at the weak spots of regex- and cue-driven detectors. */
function adversarial() {
  const fill = (unit) => unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
  return {
    'digit run': fill('8412907356'),
    'digits with separators': fill('555-0142 12/31 ( 0 ) '),
    'repeated names': fill('Mr. Alvarez told Mrs. Alvarez and Ms. Chen. '),
    'many "Mr." cues': fill('Mr. '),
    'nested punctuation': fill('((([[{"\'.,;:-/\\'),
    'repeated dates': fill('on 03/04/2021, March 4, 2021 and 2021-03-04; '),
    'capitalised words': fill('Alpha Bravo Charlie Delta Echo Foxtrot '),
    'dotted words': fill('a.b.c@d.e.f.g.'),
  };
}

// ---------------------------------------------------------------------------------------------------------

function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

function timeEach(check, texts, rounds) {
  const times = [];
  for (let r = 0; r < rounds; r++) {
    for (const text of texts) {
      const started = performance.now();
      check(text);
      times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);
  return { n: times.length, p50: quantile(times, 0.5), p99: quantile(times, 0.99), max: times[times.length - 1] };
}

const ms = (x) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;

/** Where the time goes on one text: each rule's matcher timed alone, slowest first (top 3). */
function slowestRules(policy, text) {
  const input = { text, context: {}, allow: policy.allow };
  return policy.rules
    .map((compiled) => {
      const started = performance.now();
      try {
        compiled.find(input);
      } catch {
        // A throwing rule is the engine's business (it reports failedRules); here only its time counts.
      }
      return { ruleId: compiled.rule.id, ms: performance.now() - started };
    })
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 3);
}

/**
 * What a woken service worker pays before its first findings, engine side: each sample is a new Node process
 * that imports the bundle (module evaluation) and checks one short draft against the baseline pack (the
 * first check compiles the pack, its regexes and the lazily compiled functions).
 */
function coldStart(bundle, processes) {
  const script = `
    const started = performance.now();
    const { check } = await import(${JSON.stringify(pathToFileURL(bundle).href)});
    const imported = performance.now();
    check('Update 3: the family can reach the ward on 617-555-0103');
    console.log(JSON.stringify({ evaluate: imported - started, firstCheck: performance.now() - imported }));`;
  const samples = Array.from({ length: processes }, () => {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`cold-start process failed: ${run.stderr}`);
    return JSON.parse(run.stdout);
  });
  const summary = (key) => {
    const sorted = samples.map((s) => s[key]).sort((a, b) => a - b);
    return { p50: quantile(sorted, 0.5), max: sorted[sorted.length - 1] };
  };
  return { n: processes, evaluate: summary('evaluate'), firstCheck: summary('firstCheck') };
}

async function benchEngine() {
  // The engine alone, bundled for Node as the CLI bundles it, dependencies included.
  const outfile = path.join(benchDir, 'engine.mjs');
  await build({
    absWorkingDir: root,
    stdin: {
      contents: "export { check } from './lib/engine/index.ts'; export { baselinePolicy } from './lib/policy/compile.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    alias: { '@': root },
    logLevel: 'warning',
  });
  const { check, baselinePolicy } = await import(pathToFileURL(outfile).href);

  const short = drafts(400, 280, 1);
  const long = drafts(200, 3000, 2);
  timeEach(check, drafts(300, 280, 3), 1); // warm-up: compile the baseline, let the JIT settle
  timeEach(check, drafts(50, 3000, 4), 1);
  const at280 = timeEach(check, short, 5);
  const at3000 = timeEach(check, long, 3);
  const hostile = {};
  for (const [name, text] of Object.entries(adversarial())) {
    hostile[name] = { ...timeEach(check, [text], 5), slowestRules: slowestRules(baselinePolicy(), text) };
  }
  const worst = Math.max(...Object.values(hostile).map((h) => h.max));

  const cold = coldStart(outfile, 15);

  const rows = [
    {
      measure: `engine cold start in a fresh Node process: module evaluation, first check (median / max of ${cold.n} processes)`,
      value: `${ms(cold.evaluate.p50)} / ${ms(cold.evaluate.max)}, ${ms(cold.firstCheck.p50)} / ${ms(cold.firstCheck.max)}`,
      budget: 'drives the cold wake',
      ok: true,
    },
    { measure: 'check, 280 chars, p50 / p99 / max', value: `${ms(at280.p50)} / ${ms(at280.p99)} / ${ms(at280.max)}`, budget: 'p99 ≤ 2 ms', ok: at280.p99 <= 2 },
    { measure: 'check, 3,000 chars, p50 / p99 / max', value: `${ms(at3000.p50)} / ${ms(at3000.p99)} / ${ms(at3000.max)}`, budget: 'p99 ≤ 15 ms', ok: at3000.p99 <= 15 },
    ...Object.entries(hostile).map(([name, h]) => ({
      measure: `check, 100,000 chars: ${name}, p50 / max`,
      value: `${ms(h.p50)} / ${ms(h.max)}${h.max > 300 ? ` (slowest rule: ${h.slowestRules[0].ruleId} ${ms(h.slowestRules[0].ms)})` : ''}`,
      budget: '≤ 300 ms',
      ok: h.max <= 300,
    })),
  ];
  return { rows, data: { coldStart: cold, at280, at3000, adversarial100k: hostile, adversarialWorstMs: worst } };
}

async function benchCli() {
  const gold = path.join(dataDir, SETS.deid.file);
  const outdir = path.join('.bench', 'cli');
  const built = spawnSync(process.execPath, ['scripts/build-cli.mjs', '--outdir', outdir], { cwd: root, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`CLI build failed: ${built.stderr}`);
  const cli = path.join(root, outdir, 'phi-guard.mjs');
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const run = spawnSync('bash', ['-c', `"${process.execPath}" "${cli}" check --jsonl < "${gold}" > /dev/null`], { encoding: 'utf8' });
    if (![0, 1].includes(run.status)) throw new Error(`CLI run failed (${run.status}): ${run.stderr}`);
    runs.push((performance.now() - started) / 1000);
  }
  const median = [...runs].sort((a, b) => a - b)[1];
  return {
    rows: [{ measure: 'CLI check --jsonl over the deid set (2,434 notes), median of 3', value: `${median.toFixed(2)} s`, budget: '< 5 s', ok: median < 5 }],
    data: { deidSeconds: runs, deidMedianSeconds: median },
  };
}

/** Browser figures (scripts/bench/browser.ts): needs the extension built (`npm run build`) and Chromium. */
async function benchBrowser() {
  const { benchBrowser: run } = await importBrowserScript('scripts/bench/browser.ts');
  return run();
}

// ---------------------------------------------------------------------------------------------------------

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

const wanted = option('sections', SECTIONS.map((s) => s.name).join(',')).split(',');
mkdirSync(benchDir, { recursive: true });
const results = { at: new Date().toISOString(), node: process.version, sections: {} };
const rows = [];
for (const section of SECTIONS.filter((s) => wanted.includes(s.name))) {
  const { rows: sectionRows, data } = await section.run();
  results.sections[section.name] = data;
  rows.push(...sectionRows.map((r) => ({ section: section.name, ...r })));
}
writeFileSync(path.join(benchDir, 'engine.json'), `${JSON.stringify({ ...results, rows }, null, 2)}\n`);

if (process.argv.includes('--json')) console.log(JSON.stringify({ ...results, rows }));
else {
  const header = ['section', 'measure', 'measured', 'budget', ''];
  const cells = rows.map((r) => [r.section, r.measure, r.value, r.budget, r.ok ? 'ok' : 'OVER BUDGET']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((x, i) => x.padEnd(widths[i])).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
  console.log(`\nfigures written to ${path.relative(root, path.join(benchDir, 'engine.json'))}`);
}
