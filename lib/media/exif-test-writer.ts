/**
 * Writes small Exif blocks for tests (unit and end-to-end): a TIFF structure (TIFF 6.0 §2) with IFD0 and
 * optional Exif and GPS sub-IFDs (CIPA DC-008 Exif 2.32 §4.6), in either byte order, and JPEG/PNG/WebP
 * containers around it. Not part of the extension.
 */

export type Field =
  | { tag: number; ascii: string }
  | { tag: number; rationals: readonly (readonly [number, number])[] }
  | { tag: number; long: number };

export interface TiffSpec {
  littleEndian?: boolean;
  ifd0?: readonly Field[];
  exif?: readonly Field[];
  gps?: readonly Field[];
}

interface Encoded {
  tag: number;
  type: number;
  count: number;
  bytes: number[];
}

function encode(field: Field, le: boolean): Encoded {
  if ('ascii' in field) {
    const bytes = [...field.ascii].map((c) => c.charCodeAt(0) & 0xff).concat(0);
    return { tag: field.tag, type: 2, count: bytes.length, bytes };
  }
  if ('rationals' in field) {
    const bytes = field.rationals.flatMap(([n, d]) => [...u32(n, le), ...u32(d, le)]);
    return { tag: field.tag, type: 5, count: field.rationals.length, bytes };
  }
  return { tag: field.tag, type: 4, count: 1, bytes: u32(field.long, le) };
}

function u16(value: number, le: boolean): number[] {
  const bytes = [(value >>> 8) & 0xff, value & 0xff];
  return le ? bytes.reverse() : bytes;
}

function u32(value: number, le: boolean): number[] {
  const bytes = [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
  return le ? bytes.reverse() : bytes;
}

/** Bytes an IFD takes with its out-of-line values (each padded to an even length). */
function ifdSize(fields: readonly Encoded[]): number {
  return 2 + fields.length * 12 + 4 + fields.reduce((n, f) => n + (f.bytes.length > 4 ? f.bytes.length + (f.bytes.length & 1) : 0), 0);
}

/** The bytes of an IFD placed at `offset`: entries, a zero next-IFD offset, then the out-of-line values. */
function ifdBytes(offset: number, fields: readonly Encoded[], le: boolean): number[] {
  const sorted = [...fields].sort((a, b) => a.tag - b.tag);
  let data = offset + 2 + sorted.length * 12 + 4;
  const entries: number[] = [...u16(sorted.length, le)];
  const values: number[] = [];
  for (const f of sorted) {
    entries.push(...u16(f.tag, le), ...u16(f.type, le), ...u32(f.count, le));
    if (f.bytes.length <= 4) {
      entries.push(...f.bytes, ...new Array<number>(4 - f.bytes.length).fill(0));
    } else {
      entries.push(...u32(data, le));
      values.push(...f.bytes);
      if (f.bytes.length & 1) values.push(0);
      data += f.bytes.length + (f.bytes.length & 1);
    }
  }
  return [...entries, ...u32(0, le), ...values];
}

/** A TIFF structure: header, IFD0 (pointing to the Exif and GPS IFDs when given), then those IFDs. */
export function buildTiff(spec: TiffSpec): Uint8Array {
  const le = spec.littleEndian ?? false;
  const exif = spec.exif?.map((f) => encode(f, le));
  const gps = spec.gps?.map((f) => encode(f, le));
  // Pointer values do not change IFD0's size, so offsets can be laid out before they are known.
  const pointers = (exifAt: number, gpsAt: number): Encoded[] => [
    ...(exif ? [encode({ tag: 0x8769, long: exifAt }, le)] : []),
    ...(gps ? [encode({ tag: 0x8825, long: gpsAt }, le)] : []),
  ];
  const base = (spec.ifd0 ?? []).map((f) => encode(f, le));
  const ifd0Size = ifdSize([...base, ...pointers(0, 0)]);
  const exifAt = 8 + ifd0Size;
  const gpsAt = exifAt + (exif ? ifdSize(exif) : 0);
  return Uint8Array.from([
    ...(le ? [0x49, 0x49, 42, 0] : [0x4d, 0x4d, 0, 42]),
    ...u32(8, le),
    ...ifdBytes(8, [...base, ...pointers(exifAt, gpsAt)], le),
    ...(exif ? ifdBytes(exifAt, exif, le) : []),
    ...(gps ? ifdBytes(gpsAt, gps, le) : []),
  ]);
}

/** GPS IFD fields for decimal degrees, as degrees/minutes/seconds rationals with N/S and E/W references. */
export function gpsFields(latitude: number, longitude: number): Field[] {
  const dms = (value: number) => {
    const abs = Math.abs(value);
    const d = Math.floor(abs);
    const m = Math.floor((abs - d) * 60);
    const s = Math.round(((abs - d) * 60 - m) * 60 * 100);
    return [[d, 1], [m, 1], [s, 100]] as const;
  };
  return [
    { tag: 1, ascii: latitude < 0 ? 'S' : 'N' },
    { tag: 2, rationals: dms(latitude) },
    { tag: 3, ascii: longitude < 0 ? 'W' : 'E' },
    { tag: 4, rationals: dms(longitude) },
  ];
}

/** `jpeg` with an APP1 Exif segment holding `tiff` right after its SOI marker. */
export function jpegWithExif(jpeg: Uint8Array, tiff: Uint8Array): Uint8Array {
  const payload = [0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff];
  const segment = [0xff, 0xe1, ...u16(payload.length + 2, false), ...payload];
  return Uint8Array.from([...jpeg.subarray(0, 2), ...segment, ...jpeg.subarray(2)]);
}

/** The smallest byte sequence a JPEG reader walks: SOI, a start of scan, EOI (not a decodable image). */
export const MINIMAL_JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x02, 0xff, 0xd9]);

function fourcc(type: string): number[] {
  return [...type].map((c) => c.charCodeAt(0));
}

/** A PNG signature, an eXIf chunk holding `tiff`, and IEND (CRCs zeroed: the reader does not check them). */
export function pngWithExif(tiff: Uint8Array): Uint8Array {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  const exif = [...u32(tiff.length, false), ...fourcc('eXIf'), ...tiff, 0, 0, 0, 0];
  const end = [...u32(0, false), ...fourcc('IEND'), 0, 0, 0, 0];
  return Uint8Array.from([...signature, ...exif, ...end]);
}

/** A RIFF/WEBP container with a VP8X chunk and an EXIF chunk holding `tiff`. */
export function webpWithExif(tiff: Uint8Array): Uint8Array {
  const vp8x = [...fourcc('VP8X'), ...u32(10, true), ...new Array<number>(10).fill(0)];
  const exif = [...fourcc('EXIF'), ...u32(tiff.length, true), ...tiff, ...(tiff.length & 1 ? [0] : [])];
  const body = [...fourcc('WEBP'), ...vp8x, ...exif];
  return Uint8Array.from([...fourcc('RIFF'), ...u32(body.length, true), ...body]);
}

/** An XMP packet (RDF/XML) whose rdf:Description carries `attributes` and holds `elements` as simple properties. */
export function xmpPacket(attributes: Record<string, string>, elements: Record<string, string> = {}): string {
  const attrs = Object.entries(attributes).map(([name, value]) => `\n    ${name}="${value}"`).join('');
  const children = Object.entries(elements).map(([name, value]) => `\n   <${name}>${value}</${name}>`).join('');
  return (
    `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>\n<x:xmpmeta xmlns:x="adobe:ns:meta/">\n` +
    ` <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n  <rdf:Description rdf:about=""` +
    ` xmlns:exif="http://ns.adobe.com/exif/1.0/" xmlns:aux="http://ns.adobe.com/exif/1.0/aux/"` +
    ` xmlns:exifEX="http://cipa.jp/exif/1.0/"${attrs}>${children}\n  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n` +
    `<?xpacket end="w"?>`
  );
}

/** `jpeg` with an APP1 XMP segment ("http://ns.adobe.com/xap/1.0/\0" and the packet) right after its SOI marker. */
export function jpegWithXmp(jpeg: Uint8Array, packet: string): Uint8Array {
  const payload = [...new TextEncoder().encode('http://ns.adobe.com/xap/1.0/\0'), ...new TextEncoder().encode(packet)];
  const segment = [0xff, 0xe1, ...u16(payload.length + 2, false), ...payload];
  return Uint8Array.from([...jpeg.subarray(0, 2), ...segment, ...jpeg.subarray(2)]);
}

/** A PNG signature, an iTXt chunk with keyword "XML:com.adobe.xmp" holding the packet, and IEND. */
export function pngWithXmp(packet: string): Uint8Array {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  // iTXt: keyword, NUL, compression flag and method (0, 0), empty language tag and translated keyword (NULs).
  const data = [...new TextEncoder().encode('XML:com.adobe.xmp'), 0, 0, 0, 0, 0, ...new TextEncoder().encode(packet)];
  const itxt = [...u32(data.length, false), ...fourcc('iTXt'), ...data, 0, 0, 0, 0];
  const end = [...u32(0, false), ...fourcc('IEND'), 0, 0, 0, 0];
  return Uint8Array.from([...signature, ...itxt, ...end]);
}
