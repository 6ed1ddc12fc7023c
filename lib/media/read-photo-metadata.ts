/**
 * Reads the identifying metadata a photo file carries — where it was taken and which camera took it — from
 * its first bytes, on the device. Platform-neutral (no DOM): the caller hands over bytes it read locally.
 *
 * Formats, per their public specifications:
 * - TIFF structure (byte order, IFDs, 12-byte entries, value types): TIFF Revision 6.0 (Adobe, 1992), §2.
 * - Exif: CIPA DC-008-2019 "Exif 2.32": APP1 "Exif\0\0" in JPEG (§4.5.4), Exif IFD pointer 0x8769 and GPS
 *   IFD pointer 0x8825 (§4.6.3), CameraOwnerName 0xA430, BodySerialNumber 0xA431, LensSerialNumber 0xA435
 *   (§4.6.5), GPSLatitudeRef/GPSLatitude/GPSLongitudeRef/GPSLongitude 0x0001–0x0004 (§4.6.6).
 * - DNG 1.4 CameraSerialNumber 0xC62F in IFD0 (raw-derived files keep it).
 * - PNG eXIf chunk (PNG 3rd edition, §11.3.3.6); WebP "EXIF" RIFF chunk (RFC 9649 §2.7); HEIF/HEIC (ISO
 *   23008-12) keeps Exif as an item whose payload starts "Exif\0\0" before the TIFF header: it is found by
 *   that signature rather than by walking the item boxes, which would cost more code than the content
 *   script's budget allows.
 *
 * Files are hostile input: every read is bounds-checked, only IFD0 and the two sub-IFDs it points to are
 * visited (no chains, so no cycles), entry counts are limited by the bytes present, and anything malformed
 * yields null rather than an exception.
 */
import { readXmp } from './read-xmp';

export interface PhotoMetadata {
  /** Decimal degrees, south and west negative. */
  gps?: { latitude: number; longitude: number };
  /** The camera body's serial number (BodySerialNumber, or DNG CameraSerialNumber). */
  cameraSerial?: string;
  lensSerial?: string;
  ownerName?: string;
  make?: string;
  model?: string;
}

/** The most of a file ever read: Exif sits at the start of JPEG, PNG and WebP files, well within this. */
export const METADATA_READ_LIMIT = 256 * 1024;

/** Longest string kept from a tag: serials and names are short; anything longer is noise. */
const MAX_TEXT = 64;

/** Bytes per value of each TIFF field type (TIFF 6.0 §2 and Exif 2.32 §4.6.2); 0 for unknown types. */
const TYPE_SIZES = [0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4];

const TAG = {
  make: 0x010f,
  model: 0x0110,
  exifIfd: 0x8769,
  gpsIfd: 0x8825,
  dngSerial: 0xc62f,
  ownerName: 0xa430,
  bodySerial: 0xa431,
  lensSerial: 0xa435,
  latitudeRef: 1,
  latitude: 2,
  longitudeRef: 3,
  longitude: 4,
} as const;

/**
 * The metadata in a JPEG, PNG, WebP or HEIC file's first bytes, or null when there is none or it is
 * unreadable: Exif first, and what Exif lacks from the file's XMP packet (read-xmp.ts).
 */
export function readPhotoMetadata(input: ArrayBuffer | Uint8Array): PhotoMetadata | null {
  const all = input instanceof Uint8Array ? input : new Uint8Array(input);
  const bytes = all.subarray(0, METADATA_READ_LIMIT);
  const exif = guarded(() => {
    const tiff = findTiff(bytes);
    return tiff ? readTiff(tiff) : null;
  });
  const xmp = guarded(() => readXmp(bytes));
  return exif || xmp ? { ...xmp, ...exif } : null;
}

/** Every offset is checked before use; this only guards against a case the checks missed. */
function guarded(read: () => PhotoMetadata | null): PhotoMetadata | null {
  try {
    return read();
  } catch {
    return null;
  }
}

function findTiff(b: Uint8Array): Uint8Array | null {
  if (b[0] === 0xff && b[1] === 0xd8) return jpegExif(b);
  if (b[0] === 0x89 && ascii(b, 1, 3) === 'PNG') return pngExif(b);
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return webpExif(b);
  if (ascii(b, 4, 4) === 'ftyp') return scanForExif(b);
  return null;
}

/** JPEG markers up to the image data; the first APP1 segment that starts with "Exif\0\0". */
function jpegExif(b: Uint8Array): Uint8Array | null {
  let pos = 2;
  while (pos + 4 <= b.length) {
    if (b[pos] !== 0xff) return null;
    const marker = b[pos + 1]!;
    if (marker === 0xff) {
      pos += 1; // fill byte
      continue;
    }
    if (marker === 0xda || marker === 0xd9) return null; // start of scan / end of image: no Exif before it
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      pos += 2; // markers without a length
      continue;
    }
    const length = u16(b, pos + 2, false);
    if (length < 2) return null;
    const start = pos + 4;
    const end = pos + 2 + length;
    if (marker === 0xe1 && ascii(b, start, 6) === 'Exif\0\0') return b.subarray(start + 6, Math.min(end, b.length));
    pos = end;
  }
  return null;
}

/** PNG chunks (4-byte big-endian length, type, data, CRC) to the eXIf chunk. */
function pngExif(b: Uint8Array): Uint8Array | null {
  let pos = 8;
  while (pos + 8 <= b.length) {
    const length = u32(b, pos, false);
    const type = ascii(b, pos + 4, 4);
    if (type === 'eXIf') return b.subarray(pos + 8, Math.min(pos + 8 + length, b.length));
    if (type === 'IEND') return null;
    pos += 12 + length;
  }
  return null;
}

/** RIFF chunks (FourCC, 4-byte little-endian size, data padded to even length) to the EXIF chunk. */
function webpExif(b: Uint8Array): Uint8Array | null {
  let pos = 12;
  while (pos + 8 <= b.length) {
    const size = u32(b, pos + 4, true);
    if (ascii(b, pos, 4) === 'EXIF') {
      const data = b.subarray(pos + 8, Math.min(pos + 8 + size, b.length));
      // Some writers keep the JPEG "Exif\0\0" prefix inside the chunk.
      return ascii(data, 0, 6) === 'Exif\0\0' ? data.subarray(6) : data;
    }
    pos += 8 + size + (size & 1);
  }
  return null;
}

/** HEIF: the first "Exif\0\0" directly followed by a TIFF header. */
function scanForExif(b: Uint8Array): Uint8Array | null {
  for (let pos = b.indexOf(0x45); pos >= 0 && pos + 10 <= b.length; pos = b.indexOf(0x45, pos + 1)) {
    if (ascii(b, pos, 6) !== 'Exif\0\0') continue;
    const order = ascii(b, pos + 6, 2);
    if (order === 'II' || order === 'MM') return b.subarray(pos + 6);
  }
  return null;
}

interface Entry {
  type: number;
  count: number;
  /** Offset of the value in the TIFF bytes (inline in the entry when it fits in 4 bytes). */
  at: number;
}

function readTiff(t: Uint8Array): PhotoMetadata | null {
  const order = ascii(t, 0, 2);
  if (order !== 'II' && order !== 'MM') return null;
  const le = order === 'II';
  if (u16(t, 2, le) !== 42) return null;
  const ifd0 = readIfd(t, u32(t, 4, le), le);
  if (!ifd0) return null;
  const exif = readIfd(t, pointer(t, ifd0.get(TAG.exifIfd), le), le);
  const gpsIfd = readIfd(t, pointer(t, ifd0.get(TAG.gpsIfd), le), le);

  const meta: PhotoMetadata = {};
  const gps = gpsIfd && readGps(t, gpsIfd, le);
  if (gps) meta.gps = gps;
  const fields: [keyof PhotoMetadata, Entry | undefined][] = [
    ['cameraSerial', exif?.get(TAG.bodySerial) ?? ifd0.get(TAG.dngSerial)],
    ['lensSerial', exif?.get(TAG.lensSerial)],
    ['ownerName', exif?.get(TAG.ownerName)],
    ['make', ifd0.get(TAG.make)],
    ['model', ifd0.get(TAG.model)],
  ];
  for (const [key, entry] of fields) {
    const value = entry && text(t, entry);
    if (value) (meta as Record<string, string>)[key] = value;
  }
  return Object.keys(meta).length ? meta : null;
}

/** The entries of the IFD at `offset`, by tag; null when the offset is outside the data. */
function readIfd(t: Uint8Array, offset: number | null, le: boolean): Map<number, Entry> | null {
  if (offset === null || offset < 8 || offset + 2 > t.length) return null;
  // An entry count larger than the bytes present is cut to what is there.
  const count = Math.min(u16(t, offset, le), Math.floor((t.length - offset - 2) / 12));
  const entries = new Map<number, Entry>();
  for (let i = 0; i < count; i++) {
    const e = offset + 2 + i * 12;
    const type = u16(t, e + 2, le);
    const n = u32(t, e + 4, le);
    const size = (TYPE_SIZES[type] ?? 0) * n;
    if (!size) continue;
    const at = size <= 4 ? e + 8 : u32(t, e + 8, le);
    if (at + size > t.length) continue;
    entries.set(u16(t, e, le), { type, count: n, at });
  }
  return entries;
}

/** A sub-IFD offset from a LONG or IFD-typed pointer tag. */
function pointer(t: Uint8Array, entry: Entry | undefined, le: boolean): number | null {
  return entry && (entry.type === 4 || entry.type === 13) ? u32(t, entry.at, le) : null;
}

function readGps(t: Uint8Array, gps: Map<number, Entry>, le: boolean): PhotoMetadata['gps'] | null {
  const latitude = degrees(t, gps.get(TAG.latitude), le, 90);
  const longitude = degrees(t, gps.get(TAG.longitude), le, 180);
  if (latitude === null || longitude === null) return null;
  // Receivers without a fix write zeros; a photo taken exactly at 0°, 0° (open sea) is not worth a warning.
  if (latitude === 0 && longitude === 0) return null;
  const south = text(t, gps.get(TAG.latitudeRef)) === 'S';
  const west = text(t, gps.get(TAG.longitudeRef)) === 'W';
  return { latitude: south ? -latitude : latitude, longitude: west ? -longitude : longitude };
}

/** Degrees, minutes and seconds (three RATIONALs) as decimal degrees; null when malformed or out of range. */
function degrees(t: Uint8Array, entry: Entry | undefined, le: boolean, max: number): number | null {
  if (!entry || entry.type !== 5 || entry.count < 3) return null;
  let value = 0;
  for (let i = 0; i < 3; i++) {
    const numerator = u32(t, entry.at + i * 8, le);
    const denominator = u32(t, entry.at + i * 8 + 4, le);
    if (!denominator) return null;
    value += numerator / denominator / 60 ** i;
  }
  return value <= max ? value : null;
}

/**
 * An ASCII or UNDEFINED tag as trimmed printable text. Placeholders cameras write when they know no value
 * (blanks, zeros) count as none.
 */
function text(t: Uint8Array, entry: Entry | undefined): string | undefined {
  if (!entry || (entry.type !== 2 && entry.type !== 7)) return undefined;
  const raw = ascii(t, entry.at, Math.min(entry.count, MAX_TEXT));
  const value = raw.replace(/\0[\s\S]*$/, '').replace(/[^\x20-\x7e]/g, '').trim();
  return /[^0\s]/.test(value) ? value : undefined;
}

function ascii(b: Uint8Array, at: number, length: number): string {
  return at >= 0 && at + length <= b.length ? String.fromCharCode(...b.subarray(at, at + length)) : '';
}

/** Reads outside the bytes give 0; callers check offsets against the length before relying on a value. */
function u16(b: Uint8Array, at: number, le: boolean): number {
  if (at < 0 || at + 2 > b.length) return 0;
  return le ? b[at]! | (b[at + 1]! << 8) : (b[at]! << 8) | b[at + 1]!;
}

function u32(b: Uint8Array, at: number, le: boolean): number {
  if (at < 0 || at + 4 > b.length) return 0;
  const [p, q, r, s] = le ? [b[at + 3]!, b[at + 2]!, b[at + 1]!, b[at]!] : [b[at]!, b[at + 1]!, b[at + 2]!, b[at + 3]!];
  return ((p << 24) >>> 0) + (q << 16) + (r << 8) + s;
}
