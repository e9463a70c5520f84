// Draws the add-in's ribbon and manifest icons as PNG files in assets/ (deterministic, no image tool needed).
// Run: npx tsx scripts/make-icons.ts
import { writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";

type Rgba = [number, number, number, number];
type Shader = (x: number, y: number) => Rgba; // x, y in [0, 1]

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
function png(size: number, shade: Shader): Buffer {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  const samples = 4; // 4×4 supersampling for smooth edges
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++) {
          const c = shade((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size);
          const a = c[3] / 255;
          acc[0]! += c[0] * a; acc[1]! += c[1] * a; acc[2]! += c[2] * a; acc[3]! += a;
        }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      const alpha = acc[3]! / (samples * samples);
      raw[o] = alpha ? Math.round(acc[0]! / acc[3]!) : 0;
      raw[o + 1] = alpha ? Math.round(acc[1]! / acc[3]!) : 0;
      raw[o + 2] = alpha ? Math.round(acc[2]! / acc[3]!) : 0;
      raw[o + 3] = Math.round(alpha * 255);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

const GREEN: Rgba = [16, 124, 65, 255]; // Excel green
const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];
function roundedSquare(x: number, y: number): boolean {
  const r = 0.18, m = 0.04;
  const dx = Math.max(m + r - x, 0, x - (1 - m - r));
  const dy = Math.max(m + r - y, 0, y - (1 - m - r));
  return x >= m && x <= 1 - m && y >= m && y <= 1 - m && dx * dx + dy * dy <= r * r;
}
// Icon: three rising bars (the aged balance) on a green tile.
const bars: Shader = (x, y) => {
  if (!roundedSquare(x, y)) return CLEAR;
  const columns: [number, number][] = [[0.2, 0.62], [0.42, 0.44], [0.64, 0.26]];
  for (const [left, top] of columns) if (x >= left && x <= left + 0.16 && y >= top && y <= 0.8) return WHITE;
  return GREEN;
};
// Refresh: a circular arrow on the green tile.
const refresh: Shader = (x, y) => {
  if (!roundedSquare(x, y)) return CLEAR;
  const cx = x - 0.5, cy = y - 0.5;
  const r = Math.hypot(cx, cy);
  const angle = Math.atan2(cy, cx); // 0 = right, grows clockwise on screen
  const onRing = r >= 0.19 && r <= 0.29 && !(angle > -1.6 && angle < -0.75);
  // Arrow head at the top-right end of the ring.
  const hx = x - 0.62, hy = y - 0.2;
  const head = hy >= 0 && hy <= 0.2 && Math.abs(hx) <= 0.2 - hy && hx >= -0.1;
  return onRing || head ? WHITE : GREEN;
};

const out = path.resolve(__dirname, "../assets");
mkdirSync(out, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) writeFileSync(path.join(out, `icon-${size}.png`), png(size, bars));
for (const size of [16, 32, 80]) writeFileSync(path.join(out, `refresh-${size}.png`), png(size, refresh));
console.log(`Icons written to ${out}`);
