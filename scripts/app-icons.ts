// Writes the installable app's icons into packages/web/public/icons: plain squares in the app's accent
// colour (ui/base.css --accent) with a lighter inner square, so a launcher shows a recognisable tile.
// The maskable icon keeps its mark inside the central 80 % safe zone that launchers may crop to.
// Run: scripts/use-node.sh node --import tsx scripts/app-icons.ts
import { writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

type Rgb = readonly [number, number, number];
const accent: Rgb = [0x0b, 0x5f, 0xa5];
const wash: Rgb = [0xe3, 0xee, 0xf8];

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An RGB PNG of `size` pixels: the accent colour with a wash-coloured square of `markShare` of the side. */
function icon(size: number, markShare: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit depth, truecolour, no interlace
  const mark = Math.round((size * markShare) / 2);
  const low = size / 2 - mark;
  const high = size / 2 + mark;
  const rows = Buffer.alloc(size * (size * 3 + 1));
  for (let y = 0; y < size; y += 1) {
    const start = y * (size * 3 + 1);
    rows[start] = 0; // no filter
    for (let x = 0; x < size; x += 1) {
      const inMark = x >= low && x < high && y >= low && y < high;
      rows.set(inMark ? wash : accent, start + 1 + x * 3);
    }
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = new URL('../packages/web/public/icons/', import.meta.url);
writeFileSync(new URL('icon-192.png', out), icon(192, 0.4));
writeFileSync(new URL('icon-512.png', out), icon(512, 0.4));
writeFileSync(new URL('icon-maskable-512.png', out), icon(512, 0.3));
writeFileSync(new URL('apple-touch-icon-180.png', out), icon(180, 0.4));
