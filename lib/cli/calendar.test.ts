import { describe, it, expect, beforeAll } from 'vitest';
import { readCalendar } from './calendar';
import { runCli, scratch, TEST_PACK } from './test-helpers';

// Small exports in each tool's header style; the posts are invented.
const HOOTSUITE = [
  'Date,Message,Link',
  '12/01/2026 09:00,"Flu clinic opens Monday, walk-ins welcome",https://example.org/flu',
  '12/02/2026 14:30,"Thanks to the night team — bed 14 finally went home!",',
].join('\n');
const SPROUT = [
  'date,time_24hr,message_text,link,image_url,network',
  '01/12/2026,09:15,"Our new birthing suites are open.",,,Facebook',
  '01/12/2026,17:40,"Try this miracle cure for colds",,,LinkedIn',
].join('\n');
const BUFFER = [
  'Text,Image URL,Channel,Scheduled At',
  '"Line one of a long post\nand in bay 2 on line two",,Twitter,2026-12-05T10:00:00Z',
  '"Hand hygiene week starts now",,Instagram,2026-12-06T10:00:00Z',
].join('\n');

let pack: string;
let at: (name: string) => string;

beforeAll(async () => {
  const dir = await scratch({
    'pack.json': JSON.stringify(TEST_PACK),
    'hootsuite.csv': HOOTSUITE,
    'sprout.csv': `\uFEFF${SPROUT}`, // Excel saves with a byte-order mark
    'buffer.csv': BUFFER,
    'custom.csv': 'when,Caption Draft\nmonday,bed 9 is ready\n',
    'no-text.csv': 'when,where\nmonday,here\n',
    'empty.csv': '',
  });
  at = dir.at;
  pack = at('pack.json');
});

describe('readCalendar', () => {
  it('finds Hootsuite bulk-composer columns', () => {
    const { columns, rows } = readCalendar(HOOTSUITE);
    expect(columns).toEqual({ text: 'Message', scheduled: 'Date' });
    expect(rows[1]).toEqual({ row: 3, text: 'Thanks to the night team — bed 14 finally went home!', scheduled: '12/02/2026 14:30' });
  });

  it('joins Sprout Social date and time_24hr and maps the network to a site', () => {
    const { columns, rows } = readCalendar(SPROUT);
    expect(columns).toEqual({ text: 'message_text', scheduled: 'date + time_24hr', network: 'network' });
    expect(rows[0]).toMatchObject({ row: 2, scheduled: '01/12/2026 09:15', network: 'Facebook', site: 'facebook.com' });
    expect(rows[1]).toMatchObject({ site: 'linkedin.com' });
  });

  it('reads Buffer columns, keeping multi-line posts whole and numbering rows as a spreadsheet does', () => {
    const { columns, rows } = readCalendar(BUFFER);
    expect(columns).toEqual({ text: 'Text', scheduled: 'Scheduled At', network: 'Channel' });
    expect(rows.map((r) => r.row)).toEqual([2, 3]);
    expect(rows[0]).toMatchObject({ text: 'Line one of a long post\nand in bay 2 on line two', site: 'x.com' });
  });
});

describe('phi-guard calendar', () => {
  it('reports per row with the scheduled time and network; exit 1 on a block', async () => {
    const { code, stdout, stderr } = await runCli(['calendar', at('buffer.csv'), '--pack', pack]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toContain('row 2  2026-12-05T10:00:00Z  Twitter\n  2:8  block  test.bed');
    expect(stdout).not.toContain('row 3');
    expect(stdout).toMatch(/1 finding \(1 block\) in 2 scheduled posts/);
  });

  it('gives JSON rows with row number, schedule, network and located findings', async () => {
    const { code, stdout } = await runCli(['calendar', at('sprout.csv'), '--pack', pack, '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.columns.text).toBe('message_text');
    expect(report.rows).toEqual([
      { row: 2, scheduled: '01/12/2026 09:15', network: 'Facebook', findings: [] },
      {
        row: 3,
        scheduled: '01/12/2026 17:40',
        network: 'LinkedIn',
        findings: [expect.objectContaining({ ruleId: 'test.cure', line: 1, column: 10, excerpt: 'miracle cure' })],
      },
    ]);
  });

  it('checks Hootsuite exports', async () => {
    const { code, stdout } = await runCli(['calendar', at('hootsuite.csv'), '--pack', pack]);
    expect(code).toBe(1);
    expect(stdout).toContain('row 3  12/02/2026 14:30\n  1:28  block  test.bed');
  });

  it('takes the text column from --column when the headers are unusual', async () => {
    const { code, stdout } = await runCli(['calendar', at('custom.csv'), '--column', 'caption draft', '--pack', pack]);
    expect(code).toBe(1);
    expect(stdout).toContain('row 2\n  1:1  block  test.bed');
  });

  it('exits 2 listing the headers seen when no text column is found', async () => {
    const { code, stdout, stderr } = await runCli(['calendar', at('no-text.csv')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`phi-guard: ${at('no-text.csv')}: no post text column (pass --column NAME); headers seen: "when", "where"\n`);
    const named = await runCli(['calendar', at('no-text.csv'), '--column', 'Body']);
    expect(named.stderr).toMatch(/no column named "Body"; headers seen: "when", "where"/);
  });

  it('exits 2 on an empty file, a missing file, a wrong format and a missing argument', async () => {
    for (const argv of [
      ['calendar', at('empty.csv')],
      ['calendar', at('missing.csv')],
      ['calendar', at('buffer.csv'), '--format', 'sarif'],
      ['calendar'],
    ]) {
      const { code, stderr } = await runCli(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
