import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { imageInfo } from '../../../../src/lib/feed-images/image-size';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part)));

describe('imageInfo', () => {
  it.each([
    // The fixture PNG: IHDR says 48 × 24.
    [
      'a PNG',
      new Uint8Array(readFileSync('test/fixtures/images/bar-chart.png')),
      { type: 'png', width: 48, height: 24 },
    ],
    // GIF logical screen: width 0x0140 = 320, height 0x00f0 = 240, little-endian.
    ['a GIF', bytes('GIF89a', [0x40, 0x01, 0xf0, 0x00]), { type: 'gif', width: 320, height: 240 }],
    // JPEG: SOI, an APP0 segment of length 4 (skipped), then SOF0 with height 0x0258 = 600, width 0x0320 = 800.
    [
      'a JPEG',
      bytes([
        0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x02, 0x58, 0x03, 0x20, 0x03,
      ]),
      { type: 'jpg', width: 800, height: 600 },
    ],
    // WebP VP8X: canvas width-1 = 0x00013f (→ 320), height-1 = 0x0000ef (→ 240), 24-bit little-endian.
    [
      'a WebP (VP8X)',
      bytes('RIFF', [0, 0, 0, 0], 'WEBP', 'VP8X', [10, 0, 0, 0], [0, 0, 0, 0], [0x3f, 0x01, 0x00], [0xef, 0x00, 0x00]),
      { type: 'webp', width: 320, height: 240 },
    ],
  ])('reads %s', (_, data, expected) => {
    expect(imageInfo(data)).toEqual(expected);
  });

  it.each([
    ['an SVG', bytes('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>')],
    ['an HTML error page', bytes('<!doctype html><title>404</title>')],
    ['a truncated PNG', bytes([0x89], 'PNG', [13, 10, 26, 10])],
    ['a GIF of zero width', bytes('GIF89a', [0, 0, 10, 0])],
  ])('refuses %s', (_, data) => {
    expect(imageInfo(data)).toBeUndefined();
  });
});
