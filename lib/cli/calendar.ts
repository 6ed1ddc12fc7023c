import { parse } from 'csv-parse/sync';
import { CliError } from './io';

/**
 * Reading scheduled-post exports. Header names come from the tools' published CSV formats:
 * - Hootsuite bulk composer: a date/time, the message, an optional link ("Date", "Message", "Link"), per
 *   Hootsuite's bulk message upload instructions and users' write-ups of its sample CSV.
 * - Sprout Social bulk scheduling: `date`, `time_24hr`, `message_text` (support.sproutsocial.com, "How do I
 *   use bulk scheduling?"); its reports export "Message"/"Post" with "Network" and "Profile".
 * - Buffer: posts carry `text`, a channel and `dueAt`/"Scheduled at" (developers.buffer.com, "Posts &
 *   Scheduling"); its CSV exports label them "Text", "Channel", "Scheduled At".
 * Headers are compared case-insensitively, ignoring spaces and punctuation, best-known names first.
 */
const TEXT_HEADERS = ['message', 'messagetext', 'text', 'post', 'posttext', 'content', 'caption', 'body', 'copy', 'tweet'];
const DATETIME_HEADERS = [
  'dateandtime', 'datetime', 'scheduledat', 'scheduledfor', 'scheduledtime', 'scheduleddate', 'scheduledate',
  'publishdate', 'publishtime', 'publishat', 'sendtime', 'postingtime', 'dueat', 'date',
];
const TIME_HEADERS = ['time24hr', 'time'];
const NETWORK_HEADERS = ['network', 'socialnetwork', 'channel', 'platform', 'service', 'profile', 'socialprofile', 'account'];

/** Network names as the tools write them → the site ids the engine's `when.sites` use. */
const SITE_OF_NETWORK: [RegExp, string][] = [
  [/twitter|^x$|^x\b/i, 'x.com'],
  [/facebook/i, 'facebook.com'],
  [/linkedin/i, 'linkedin.com'],
  [/instagram/i, 'instagram.com'],
  [/threads/i, 'threads.net'],
  [/bluesky/i, 'bsky.app'],
  [/youtube/i, 'youtube.com'],
];

export interface CalendarRow {
  /** The row as a spreadsheet numbers it: the header is row 1. */
  row: number;
  text: string;
  scheduled?: string;
  network?: string;
  site?: string;
}

export interface Calendar {
  columns: { text: string; scheduled?: string; network?: string };
  rows: CalendarRow[];
}

const normalise = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

export function readCalendar(csv: string, textColumn?: string): Calendar {
  let records: string[][];
  try {
    records = parse(csv, { bom: true, relax_column_count: true, skip_empty_lines: true });
  } catch (error) {
    throw new CliError(`not a readable CSV: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  const [headers, ...data] = records;
  if (!headers) throw new CliError('the CSV is empty');
  const seen = headers.map((h) => JSON.stringify(h)).join(', ');

  const textAt = textColumn !== undefined ? findExact(headers, textColumn) : findFirst(headers, TEXT_HEADERS);
  if (textAt < 0) {
    const wanted = textColumn !== undefined ? `no column named "${textColumn}"` : 'no post text column (pass --column NAME)';
    throw new CliError(`${wanted}; headers seen: ${seen}`);
  }
  const dateAt = findFirst(headers, DATETIME_HEADERS);
  // Sprout keeps the date and the time in separate columns; join them when the date column is date-only.
  const timeAt = dateAt >= 0 && normalise(headers[dateAt]!) === 'date' ? findFirst(headers, TIME_HEADERS) : -1;
  const networkAt = findFirst(headers, NETWORK_HEADERS);

  const rows = data.map((record, i): CalendarRow => {
    const row: CalendarRow = { row: i + 2, text: record[textAt] ?? '' };
    const scheduled = [dateAt, timeAt].filter((at) => at >= 0).map((at) => (record[at] ?? '').trim()).filter(Boolean).join(' ');
    if (scheduled) row.scheduled = scheduled;
    const network = networkAt >= 0 ? (record[networkAt] ?? '').trim() : '';
    if (network) {
      row.network = network;
      const site = SITE_OF_NETWORK.find(([re]) => re.test(network))?.[1];
      if (site) row.site = site;
    }
    return row;
  });
  const columns: Calendar['columns'] = { text: headers[textAt]! };
  if (dateAt >= 0) columns.scheduled = [dateAt, timeAt].filter((at) => at >= 0).map((at) => headers[at]!).join(' + ');
  if (networkAt >= 0) columns.network = headers[networkAt]!;
  return { columns, rows };
}

function findFirst(headers: readonly string[], names: readonly string[]): number {
  const normalised = headers.map(normalise);
  for (const name of names) {
    const at = normalised.indexOf(name);
    if (at >= 0) return at;
  }
  return -1;
}

function findExact(headers: readonly string[], name: string): number {
  const exact = headers.indexOf(name);
  return exact >= 0 ? exact : headers.findIndex((h) => h.trim().toLowerCase() === name.trim().toLowerCase());
}
