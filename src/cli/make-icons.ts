/**
 * Renders the raster icons and the default social card from SVG drawn here:
 * public/apple-touch-icon.png, public/favicon.ico (a PNG inside an ICO container) and public/og.png.
 * Run after changing the mark: `npm run icons`. The outputs are committed; the build does not need sharp.
 */
import { writeFile } from 'node:fs/promises';
import sharp from 'sharp';

const mark = (fill: string, ink: string) => `
  <rect x="1" y="1" width="30" height="30" rx="8" fill="${fill}"/>
  <path d="M7 9 25 23" stroke="${ink}" stroke-width="2.6" stroke-linecap="round" fill="none"/>
  <path d="M7 21 25 13" stroke="${ink}" stroke-width="2.6" stroke-linecap="round" fill="none" opacity=".7"/>
  <circle cx="16.8" cy="16.6" r="3.3" fill="${ink}"/>`;

const iconSvg = (size: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">${mark('#0b6b62', '#fbfaf7')}</svg>`;

const ogSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <defs>
    <radialGradient id="glow" cx="85%" cy="0%" r="70%">
      <stop offset="0" stop-color="#12413b"/><stop offset="1" stop-color="#0f1317"/>
    </radialGradient>
  </defs>
  <rect width="1200" height="630" fill="url(#glow)"/>
  <g stroke="#2a323c" stroke-width="1">
    ${Array.from({ length: 9 }, (_, i) => `<line x1="640" x2="1140" y1="${130 + i * 50}" y2="${130 + i * 50}"/>`).join('')}
  </g>
  <path d="M660 170 C 800 260, 900 390, 1120 520" stroke="#f3b562" stroke-width="7" fill="none" stroke-linecap="round"/>
  <path d="M660 470 L 1120 250" stroke="#4fd1c0" stroke-width="7" fill="none" stroke-linecap="round"/>
  <circle cx="885" cy="362" r="15" fill="#e7e9ec"/>
  <g transform="translate(80 90) scale(3)">${mark('#4fd1c0', '#0f1317')}</g>
  <g font-family="Liberation Sans, DejaVu Sans, Arial, sans-serif" fill="#e7e9ec">
    <text x="80" y="290" font-size="84" font-weight="700" letter-spacing="-2">Breakeven</text>
    <text x="80" y="360" font-size="34" fill="#a4adb7">Field notes and honest calculators</text>
    <text x="80" y="405" font-size="34" fill="#a4adb7">for database and AI cost decisions</text>
    <text x="80" y="540" font-size="26" fill="#4fd1c0">Shows the math · Cites its sources · Runs in your browser</text>
  </g>
</svg>`;

/** Wraps one PNG in an ICO container (PNG-in-ICO is valid since Windows Vista and in every current browser). */
function pngToIco(png: Buffer, size: number): Buffer {
  const header = Buffer.alloc(6 + 16);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size, 6);
  header.writeUInt8(size, 7);
  header.writeUInt8(0, 8); // no palette
  header.writeUInt8(0, 9);
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(22, 18); // offset of the image data
  return Buffer.concat([header, png]);
}

const touch = await sharp(Buffer.from(iconSvg(180)))
  .png({ compressionLevel: 9 })
  .toBuffer();
await writeFile('public/apple-touch-icon.png', touch);
const favicon = await sharp(Buffer.from(iconSvg(32)))
  .png({ compressionLevel: 9 })
  .toBuffer();
await writeFile('public/favicon.ico', pngToIco(favicon, 32));
const og = await sharp(Buffer.from(ogSvg)).png({ compressionLevel: 9, palette: true }).toBuffer();
await writeFile('public/og.png', og);
console.log(`apple-touch-icon.png ${touch.length} B, favicon.ico ${favicon.length + 22} B, og.png ${og.length} B`);
