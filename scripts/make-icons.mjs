// Draws the add-in's icons (a GPU chip; a padlock from 32 px up) into assets/icon-<size>.png.
// Shapes are defined on a unit square and rendered with 4×4 supersampling, so each size is
// drawn for its own pixel grid rather than scaled from another. Run: node scripts/make-icons.mjs
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const NAVY = [18, 60, 105];
const SILVER = [232, 238, 245];
const GOLD = [242, 183, 5];

/** Rounded-rectangle membership test on the unit square. */
function inRoundRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Colour of the point (x, y), or null for transparent. Later shapes paint over earlier ones. */
function paint(x, y, size) {
  let colour = null;
  if (inRoundRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.18)) colour = NAVY;
  const pinWidth = size <= 16 ? 0.09 : 0.07;
  for (const p of [0.34, 0.5, 0.66]) {
    const across = Math.abs(x - p) <= pinWidth / 2;
    const down = Math.abs(y - p) <= pinWidth / 2;
    if (across && ((y >= 0.12 && y <= 0.24) || (y >= 0.76 && y <= 0.88))) colour = SILVER;
    if (down && ((x >= 0.12 && x <= 0.24) || (x >= 0.76 && x <= 0.88))) colour = SILVER;
  }
  if (inRoundRect(x, y, 0.24, 0.24, 0.76, 0.76, 0.06)) colour = SILVER;
  if (inRoundRect(x, y, 0.35, 0.35, 0.65, 0.65, 0.03)) colour = NAVY;
  if (size >= 32) {
    const d = Math.hypot(x - 0.76, y - 0.63);
    if (y <= 0.63 && d <= 0.13 && d >= 0.075) colour = GOLD;
    if (inRoundRect(x, y, 0.58, 0.62, 0.94, 0.94, 0.04)) colour = GOLD;
    if (
      Math.hypot(x - 0.76, y - 0.75) <= 0.035 ||
      (Math.abs(x - 0.76) <= 0.015 && y >= 0.75 && y <= 0.86)
    ) {
      colour = NAVY;
    }
  }
  return colour;
}

/** The outline icon the unified manifest asks for: the chip's silver parts in white, the rest clear. */
function outline(x, y, size) {
  return paint(x, y, size) === SILVER ? [255, 255, 255] : null;
}

function render(size, draw = paint) {
  const samples = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = draw(
            (px + (sx + 0.5) / samples) / size,
            (py + (sy + 0.5) / samples) / size,
            size
          );
          if (c) {
            acc[0] += c[0];
            acc[1] += c[1];
            acc[2] += c[2];
            acc[3] += 1;
          }
        }
      }
      const o = (py * size + px) * 4;
      if (acc[3] > 0) {
        rgba[o] = Math.round(acc[0] / acc[3]);
        rgba[o + 1] = Math.round(acc[1] / acc[3]);
        rgba[o + 2] = Math.round(acc[2] / acc[3]);
      }
      rgba[o + 3] = Math.round((255 * acc[3]) / (samples * samples));
    }
  }
  return png(size, rgba);
}

function png(size, rgba) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++)
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes) {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

for (const size of [16, 32, 64, 80, 128, 192]) {
  writeFileSync(new URL(`../assets/icon-${size}.png`, import.meta.url), render(size));
}
writeFileSync(new URL("../assets/icon-outline-32.png", import.meta.url), render(32, outline));
