import type { PhotoMetadata } from './read-photo-metadata';

/**
 * The identifying fields of a photo's XMP packet: editors (Lightroom, Photoshop, phone gallery apps) write
 * location and serials there, sometimes instead of Exif, and a file whose Exif was stripped may keep them.
 *
 * Per the public specifications:
 * - XMP (ISO 16684-1; Adobe XMP Specification Part 3, "Storage in files"): the packet is UTF-8 RDF/XML inside
 *   `<x:xmpmeta>`, in a JPEG APP1 segment, a PNG iTXt chunk, a WebP "XMP " chunk or a HEIF item. It is found
 *   by that element in the bytes read, whatever the container.
 * - Exif schema in XMP (CIPA DC-010-2017 and Adobe's exif/aux namespaces): GPSLatitude and GPSLongitude are
 *   GPSCoordinate strings "DDD,MM,SSk" or "DDD,MM.mmk" (k one of N, S, E, W); BodySerialNumber,
 *   LensSerialNumber and CameraOwnerName (exifEX), SerialNumber, LensSerialNumber and OwnerName (aux).
 *
 * Properties are matched by local name, as attributes or simple elements, whatever prefix the writer bound
 * to the namespace. The packet is hostile input: at most XMP_MAX_BYTES of it are decoded, every pattern is
 * bounded, and anything malformed is left out.
 */
const XMP_MAX_BYTES = 64 * 1024;
const OPEN = '<x:xmpmeta';
const CLOSE = '</x:xmpmeta>';
const MAX_VALUE = 64;

/** The XMP fields, or null when the bytes hold no packet or it names none of them. */
export function readXmp(b: Uint8Array): PhotoMetadata | null {
  const start = indexOfAscii(b, OPEN, 0);
  if (start < 0) return null;
  const close = indexOfAscii(b, CLOSE, start);
  const end = Math.min(close < 0 ? b.length : close, start + XMP_MAX_BYTES);
  const xml = new TextDecoder().decode(b.subarray(start, end));

  const meta: PhotoMetadata = {};
  const latitude = coordinate(property(xml, 'GPSLatitude'), 'NS', 90);
  const longitude = coordinate(property(xml, 'GPSLongitude'), 'EW', 180);
  // As in Exif: zeros are what a receiver without a fix writes.
  if (latitude !== null && longitude !== null && (latitude !== 0 || longitude !== 0)) meta.gps = { latitude, longitude };
  const fields: [keyof PhotoMetadata, string[]][] = [
    ['cameraSerial', ['BodySerialNumber', 'SerialNumber']],
    ['lensSerial', ['LensSerialNumber']],
    ['ownerName', ['CameraOwnerName', 'OwnerName']],
  ];
  for (const [key, names] of fields) {
    const value = names.map((name) => printable(property(xml, name))).find(Boolean);
    if (value) (meta as Record<string, string>)[key] = value;
  }
  return Object.keys(meta).length ? meta : null;
}

/** A property's value as an attribute (`ns:Name="…"`) or a simple element (`<ns:Name>…</ns:Name>`). */
function property(xml: string, name: string): string | undefined {
  const pattern = new RegExp(
    `[\\s<][A-Za-z][\\w.-]{0,30}:${name}(?:\\s*=\\s*(?:"([^"<]{0,${MAX_VALUE}})"|'([^'<]{0,${MAX_VALUE}})')|\\s*>([^<]{0,${MAX_VALUE}})<)`,
  );
  const m = pattern.exec(xml);
  const raw = m?.[1] ?? m?.[2] ?? m?.[3];
  return raw === undefined ? undefined : decodeEntities(raw).trim();
}

/** A GPSCoordinate ("43,39.192N", "79,22,59.52W") as signed decimal degrees; null when malformed or out of range. */
function coordinate(value: string | undefined, hemispheres: 'NS' | 'EW', max: number): number | null {
  const m = value && /^(\d{1,3}),(\d{1,2}(?:\.\d{1,12})?)(?:,(\d{1,2}(?:\.\d{1,12})?))?([NSEW])$/.exec(value);
  if (!m || !hemispheres.includes(m[4]!)) return null;
  const minutes = Number(m[2]);
  const seconds = m[3] === undefined ? 0 : Number(m[3]);
  if (minutes >= 60 || seconds >= 60) return null;
  const degrees = Number(m[1]) + minutes / 60 + seconds / 3600;
  if (degrees > max) return null;
  return m[4] === 'S' || m[4] === 'W' ? -degrees : degrees;
}

/** Trimmed printable text; placeholders (blanks, zeros) count as none, as in the Exif reader. */
function printable(value: string | undefined): string | undefined {
  const clean = value?.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return clean && /[^0\s]/.test(clean) ? clean : undefined;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!);
}

function indexOfAscii(b: Uint8Array, needle: string, from: number): number {
  const first = needle.charCodeAt(0);
  for (let at = b.indexOf(first, from); at >= 0 && at + needle.length <= b.length; at = b.indexOf(first, at + 1)) {
    let i = 1;
    while (i < needle.length && b[at + i] === needle.charCodeAt(i)) i++;
    if (i === needle.length) return at;
  }
  return -1;
}
