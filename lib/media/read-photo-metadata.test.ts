import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildTiff,
  gpsFields,
  jpegWithExif,
  jpegWithXmp,
  MINIMAL_JPEG,
  pngWithExif,
  pngWithXmp,
  webpWithExif,
  type TiffSpec,
  xmpPacket,
} from './exif-test-writer';
import { METADATA_READ_LIMIT, readPhotoMetadata } from './read-photo-metadata';

const PLAIN_JPEG = new Uint8Array(readFileSync(new URL('../../tests/fixtures/images/plain.jpg', import.meta.url)));

const CAMERA: TiffSpec = {
  ifd0: [
    { tag: 0x010f, ascii: 'Lumera' },
    { tag: 0x0110, ascii: 'LX-200' },
  ],
  exif: [
    { tag: 0xa430, ascii: 'Dr. Ines Varga' },
    { tag: 0xa431, ascii: 'SN48213377' },
    { tag: 0xa435, ascii: 'LN-0092' },
  ],
  // A street corner in Toronto (43.6532° N, 79.3832° W).
  gps: gpsFields(43.6532, -79.3832),
};

function expectNear(actual: number | undefined, expected: number) {
  expect(actual).toBeDefined();
  expect(Math.abs(actual! - expected)).toBeLessThan(0.0001);
}

describe('readPhotoMetadata on a JPEG', () => {
  for (const littleEndian of [false, true]) {
    it(`reads location, serials, owner and camera (${littleEndian ? 'Intel' : 'Motorola'} byte order)`, () => {
      const meta = readPhotoMetadata(jpegWithExif(PLAIN_JPEG, buildTiff({ ...CAMERA, littleEndian })));
      expectNear(meta?.gps?.latitude, 43.6532);
      expectNear(meta?.gps?.longitude, -79.3832);
      expect(meta).toMatchObject({
        cameraSerial: 'SN48213377',
        lensSerial: 'LN-0092',
        ownerName: 'Dr. Ines Varga',
        make: 'Lumera',
        model: 'LX-200',
      });
    });
  }

  it('puts the southern and eastern hemispheres on the right side of zero', () => {
    const meta = readPhotoMetadata(jpegWithExif(MINIMAL_JPEG, buildTiff({ gps: gpsFields(-33.8688, 151.2093) })));
    expectNear(meta?.gps?.latitude, -33.8688);
    expectNear(meta?.gps?.longitude, 151.2093);
  });

  it('accepts an ArrayBuffer as well as a Uint8Array', () => {
    const bytes = jpegWithExif(MINIMAL_JPEG, buildTiff(CAMERA));
    expect(readPhotoMetadata(bytes.slice().buffer)?.cameraSerial).toBe('SN48213377');
  });

  it('finds the Exif segment after other application segments (JFIF, ICC profile)', () => {
    const withApp0First = Uint8Array.from([
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...'JFIF\0'.split('').map((c) => c.charCodeAt(0)), 1, 1, 0, 0, 1, 0, 1, 0, 0,
      ...jpegWithExif(MINIMAL_JPEG, buildTiff(CAMERA)).subarray(2),
    ]);
    expect(readPhotoMetadata(withApp0First)?.cameraSerial).toBe('SN48213377');
  });

  it('reports nothing for a photo without Exif, or with only a camera make and no identifying fields', () => {
    expect(readPhotoMetadata(PLAIN_JPEG)).toBeNull();
    expect(readPhotoMetadata(jpegWithExif(PLAIN_JPEG, buildTiff({ ifd0: [{ tag: 0x010f, ascii: 'Lumera' }] })))).toEqual({
      make: 'Lumera',
    });
  });

  it('treats placeholder serials and a 0°, 0° position without a fix as absent', () => {
    const meta = readPhotoMetadata(
      jpegWithExif(
        PLAIN_JPEG,
        buildTiff({
          exif: [
            { tag: 0xa431, ascii: '0000000000' },
            { tag: 0xa435, ascii: '    ' },
          ],
          gps: gpsFields(0, 0),
        }),
      ),
    );
    expect(meta).toBeNull();
  });

  it('rejects impossible coordinates and zero denominators', () => {
    const outOfRange = buildTiff({ gps: gpsFields(95, 10) });
    expect(readPhotoMetadata(jpegWithExif(MINIMAL_JPEG, outOfRange))).toBeNull();
    const zeroDenominator = buildTiff({
      gps: [
        { tag: 2, rationals: [[43, 0], [39, 1], [0, 1]] },
        { tag: 4, rationals: [[79, 1], [22, 1], [0, 1]] },
      ],
    });
    expect(readPhotoMetadata(jpegWithExif(MINIMAL_JPEG, zeroDenominator))).toBeNull();
  });

  it('reads the DNG CameraSerialNumber in IFD0 when there is no BodySerialNumber', () => {
    const meta = readPhotoMetadata(jpegWithExif(MINIMAL_JPEG, buildTiff({ ifd0: [{ tag: 0xc62f, ascii: 'D7781' }] })));
    expect(meta?.cameraSerial).toBe('D7781');
  });
});

describe('readPhotoMetadata on other containers', () => {
  it('reads the PNG eXIf chunk', () => {
    expect(readPhotoMetadata(pngWithExif(buildTiff(CAMERA)))?.cameraSerial).toBe('SN48213377');
  });

  it('reads the WebP EXIF chunk, with or without a leftover "Exif\\0\\0" prefix', () => {
    const tiff = buildTiff({ ...CAMERA, littleEndian: true });
    expect(readPhotoMetadata(webpWithExif(tiff))?.gps).toBeDefined();
    const prefixed = Uint8Array.from([0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff]);
    expect(readPhotoMetadata(webpWithExif(prefixed))?.cameraSerial).toBe('SN48213377');
  });

  it('finds the Exif item of a HEIF file by its signature', () => {
    const ftyp = [0, 0, 0, 0x18, ...'ftypheic\0\0\0\0mif1heic'.split('').map((c) => c.charCodeAt(0))];
    const item = [0, 0, 0, 6, 0x45, 0x78, 0x69, 0x66, 0, 0, ...buildTiff(CAMERA)];
    const heic = Uint8Array.from([...ftyp, ...new Array<number>(40).fill(0x45), ...item]);
    expect(readPhotoMetadata(heic)?.cameraSerial).toBe('SN48213377');
  });

  it('ignores metadata beyond the first 256 KB', () => {
    const ftyp = [0, 0, 0, 0x18, ...'ftypheic\0\0\0\0mif1heic'.split('').map((c) => c.charCodeAt(0))];
    const item = [0x45, 0x78, 0x69, 0x66, 0, 0, ...buildTiff(CAMERA)];
    const far = new Uint8Array(METADATA_READ_LIMIT + item.length);
    far.set(ftyp);
    far.set(item, METADATA_READ_LIMIT);
    expect(readPhotoMetadata(far)).toBeNull();
  });
});

describe('readPhotoMetadata on hostile input', () => {
  const good = jpegWithExif(PLAIN_JPEG, buildTiff(CAMERA));

  it('returns null, never throws, for every truncation of a valid file', () => {
    for (let length = 0; length < good.length; length++) {
      const meta = readPhotoMetadata(good.subarray(0, length));
      // A cut inside the Exif block loses what lies beyond the cut, nothing else.
      if (meta?.cameraSerial) expect(meta.cameraSerial).toBe('SN48213377');
    }
  });

  it('survives every single-byte corruption of the Exif block', () => {
    for (let at = 2; at < 2 + 4 + 6 + 200 && at < good.length; at++) {
      for (const value of [0x00, 0xff, 0x7f]) {
        const bad = good.slice();
        bad[at] = value;
        expect(() => readPhotoMetadata(bad)).not.toThrow();
      }
    }
  });

  it('does not loop on IFD pointers that point back at IFD0 or at themselves', () => {
    const cyclic = buildTiff({ ifd0: [{ tag: 0x8769, long: 8 }, { tag: 0x8825, long: 8 }] });
    expect(readPhotoMetadata(jpegWithExif(MINIMAL_JPEG, cyclic))).toBeNull();
  });

  it('caps an IFD entry count larger than the data', () => {
    const tiff = buildTiff({ exif: [{ tag: 0xa431, ascii: 'SN48213377' }] });
    // IFD0 starts at 8 (big-endian count): claim 65,535 entries.
    tiff[8] = 0xff;
    tiff[9] = 0xff;
    expect(() => readPhotoMetadata(jpegWithExif(MINIMAL_JPEG, tiff))).not.toThrow();
  });

  it('ignores values whose offset points outside the data', () => {
    const tiff = buildTiff({ exif: [{ tag: 0xa431, ascii: 'SN48213377' }] });
    const view = new DataView(tiff.buffer);
    const exifAt = view.getUint32(8 + 2 + 8); // IFD0's only entry is the Exif pointer
    view.setUint32(exifAt + 2 + 8, 0xfffffff0); // the serial's value offset
    expect(readPhotoMetadata(jpegWithExif(MINIMAL_JPEG, tiff))).toBeNull();
  });

  it('returns null for garbage, empty input and non-image files', () => {
    expect(readPhotoMetadata(new Uint8Array(0))).toBeNull();
    let seed = 7;
    const noise = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
    expect(readPhotoMetadata(noise)).toBeNull();
    expect(readPhotoMetadata(Uint8Array.from([0xff, 0xd8, ...noise]))).toBeNull();
    expect(readPhotoMetadata(new TextEncoder().encode('%PDF-1.7 Exif\0\0MM\0*'))).toBeNull();
    // A JPEG segment length of zero or one cannot advance the walk.
    expect(readPhotoMetadata(Uint8Array.from([0xff, 0xd8, 0xff, 0xe1, 0, 1, 0, 0]))).toBeNull();
  });
});

describe('readPhotoMetadata on a photo whose XMP packet carries the fields', () => {
  // An edited photo as a desktop editor saves it: location and serials in XMP, no Exif block at all.
  const EDITED = xmpPacket({
    'exif:GPSLatitude': '43,39.192N',
    'exif:GPSLongitude': '79,22,59.52W',
    'aux:SerialNumber': 'AX77120934',
    'aux:LensSerialNumber': 'LZ-5521',
    'aux:OwnerName': 'Ines Varga &amp; Co',
  });

  it('reads location, serials and owner from attributes, in any prefix, with both coordinate forms', () => {
    const meta = readPhotoMetadata(jpegWithXmp(PLAIN_JPEG, EDITED));
    expectNear(meta?.gps?.latitude, 43.6532);
    expectNear(meta?.gps?.longitude, -79.3832);
    expect(meta).toMatchObject({ cameraSerial: 'AX77120934', lensSerial: 'LZ-5521', ownerName: 'Ines Varga & Co' });
  });

  it('reads the CIPA exifEX properties written as elements, and finds the packet in a PNG iTXt chunk', () => {
    const packet = xmpPacket(
      {},
      { 'exifEX:BodySerialNumber': 'BD-300918', 'exifEX:CameraOwnerName': 'Field Clinic 4', 'exif:GPSLatitude': '33,52.128S', 'exif:GPSLongitude': '151,12.558E' },
    );
    const meta = readPhotoMetadata(pngWithXmp(packet));
    expectNear(meta?.gps?.latitude, -33.8688);
    expectNear(meta?.gps?.longitude, 151.2093);
    expect(meta).toMatchObject({ cameraSerial: 'BD-300918', ownerName: 'Field Clinic 4' });
  });

  it('keeps Exif values where both have one and takes from XMP what Exif lacks', () => {
    const withBoth = jpegWithXmp(jpegWithExif(PLAIN_JPEG, buildTiff(CAMERA)), xmpPacket({
      'aux:SerialNumber': 'OTHER-1',
      'exif:GPSLatitude': '10,0.0N',
      'exif:GPSLongitude': '10,0.0E',
    }));
    const meta = readPhotoMetadata(withBoth);
    expect(meta?.cameraSerial).toBe('SN48213377');
    expectNear(meta?.gps?.latitude, 43.6532);
    const serialOnly = buildTiff({ exif: [{ tag: 0xa431, ascii: 'SN48213377' }] });
    const meta2 = readPhotoMetadata(jpegWithXmp(jpegWithExif(PLAIN_JPEG, serialOnly), EDITED));
    expect(meta2?.cameraSerial).toBe('SN48213377');
    expectNear(meta2?.gps?.latitude, 43.6532);
  });

  it('leaves out malformed or impossible coordinates, a 0°, 0° position, placeholders and look-alike names', () => {
    for (const [lat, lon] of [['91,0.0N', '10,0.0E'], ['12,61.0N', '10,0.0E'], ['north', '10,0.0E'], ['10,0.0E', '10,0.0N'], ['0,0.0N', '0,0.0E']]) {
      expect(readPhotoMetadata(jpegWithXmp(MINIMAL_JPEG, xmpPacket({ 'exif:GPSLatitude': lat!, 'exif:GPSLongitude': lon! })))).toBeNull();
    }
    expect(readPhotoMetadata(jpegWithXmp(MINIMAL_JPEG, xmpPacket({ 'aux:SerialNumber': '0000000', 'exif:GPSLatitudeRef': 'N' })))).toBeNull();
  });

  it('returns what it can, never throws, for every truncation of the packet', () => {
    const file = jpegWithXmp(MINIMAL_JPEG, EDITED);
    for (let length = 0; length <= file.length; length++) {
      expect(() => readPhotoMetadata(file.subarray(0, length))).not.toThrow();
    }
    expect(readPhotoMetadata(file.subarray(0, file.length - 40))?.cameraSerial).toBe('AX77120934');
  });

  it('decodes at most 64 KB of a packet, so a padded one cannot make it scan the whole file', () => {
    const padded = xmpPacket({}, { 'xmp:Padding': ' '.repeat(70_000), 'aux:SerialNumber': 'LATE-42' });
    expect(readPhotoMetadata(jpegWithXmp(MINIMAL_JPEG, padded))).toBeNull();
  });
});
