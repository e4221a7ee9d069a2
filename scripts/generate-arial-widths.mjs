#!/usr/bin/env node
/**
 * Writes src/core/seo/arial-advances.ts and arial-kerning.ts: the advance widths and kerning pairs
 * of Arial, read from Liberation Sans Regular (metric-compatible with Arial:
 * same advance for every character it has). Run once, by hand, when the
 * table should change; the output is committed, so nothing reads a font at
 * run time and the CLI measures titles exactly as the app's canvas does.
 *
 *     node scripts/generate-arial-widths.mjs [first.ttf second.ttf ...]
 *
 * (Debian: `apt-get install fonts-liberation fonts-liberation2`, or pass
 * the .ttf paths, first font first.) A tiny TrueType reader, enough
 * for this font: cmap (formats 4 and 12), hmtx, and the pair kerning of the
 * GPOS `kern` feature (else the old `kern` table), as Chromium's shaper
 * applies it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

/**
 * Liberation Sans 1.x (Debian's fonts-liberation, the font Chromium uses for
 * "Arial" here) first; characters it lacks (the spaces U+2000–U+200A, the
 * figure dash, more Greek and Cyrillic) from Liberation Sans 2.x
 * (fonts-liberation2), which has the same Arial metrics but a wider
 * repertoire. Kerning comes from the first font only, so pairs never mix.
 */
const FONTS = process.argv.length > 2 ? process.argv.slice(2) : ['/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', '/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf'];
const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'core', 'seo');
const ADVANCES_OUT = join(OUT_DIR, 'arial-advances.ts');
const KERNING_OUT = join(OUT_DIR, 'arial-kerning.ts');

/** The table directory of a font file: tag → bytes. */
function readFont(path) {
  const buffer = readFileSync(path);
  const found = new Map();
  for (let index = 0; index < buffer.readUInt16BE(4); index++) {
    const at = 12 + 16 * index;
    const offset = buffer.readUInt32BE(at + 8);
    found.set(buffer.toString('latin1', at, at + 4), buffer.subarray(offset, offset + buffer.readUInt32BE(at + 12)));
  }
  const table = (name) => {
    if (!found.has(name)) throw new Error(`${path} has no ${name} table`);
    return found.get(name);
  };
  const cmap = readCmap(table('cmap'));
  const advances = readAdvances(table('hhea'), table('hmtx'), table('maxp').readUInt16BE(4));
  const glyphCount = table('maxp').readUInt16BE(4);
  // HarfBuzz uses GPOS kerning when the font has it and the old kern table only otherwise.
  const kern = found.has('GPOS') ? readGposKern(table('GPOS'), glyphCount) : found.has('kern') ? readKern(table('kern')) : new Map();
  return { path, unitsPerEm: table('head').readUInt16BE(18), cmap, advances, kern };
}

/** Code point → glyph id, from the best Unicode subtable. */
function readCmap(cmap) {
  const map = new Map();
  const subtables = [];
  for (let index = 0; index < cmap.readUInt16BE(2); index++) {
    const at = 4 + 8 * index;
    subtables.push({ platform: cmap.readUInt16BE(at), encoding: cmap.readUInt16BE(at + 2), offset: cmap.readUInt32BE(at + 4) });
  }
  const unicode = subtables.filter((s) => s.platform === 0 || (s.platform === 3 && (s.encoding === 1 || s.encoding === 10)));
  for (const { offset } of unicode) {
    const format = cmap.readUInt16BE(offset);
    if (format === 4) {
      const segments = cmap.readUInt16BE(offset + 6) / 2;
      const ends = offset + 14;
      const starts = ends + segments * 2 + 2;
      const deltas = starts + segments * 2;
      const rangeOffsets = deltas + segments * 2;
      for (let segment = 0; segment < segments; segment++) {
        const end = cmap.readUInt16BE(ends + segment * 2);
        const start = cmap.readUInt16BE(starts + segment * 2);
        const delta = cmap.readInt16BE(deltas + segment * 2);
        const rangeOffset = cmap.readUInt16BE(rangeOffsets + segment * 2);
        for (let code = start; code <= end && code !== 0xffff; code++) {
          let glyph;
          if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
          else {
            const at = rangeOffsets + segment * 2 + rangeOffset + (code - start) * 2;
            glyph = cmap.readUInt16BE(at);
            if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
          }
          if (glyph !== 0 && !map.has(code)) map.set(code, glyph);
        }
      }
    } else if (format === 12) {
      const groups = cmap.readUInt32BE(offset + 12);
      for (let group = 0; group < groups; group++) {
        const at = offset + 16 + group * 12;
        const start = cmap.readUInt32BE(at);
        const end = cmap.readUInt32BE(at + 4);
        const first = cmap.readUInt32BE(at + 8);
        for (let code = start; code <= end; code++) if (!map.has(code)) map.set(code, first + code - start);
      }
    }
  }
  return map;
}

function readAdvances(hhea, hmtx, glyphCount) {
  const metrics = hhea.readUInt16BE(34);
  const advances = [];
  for (let glyph = 0; glyph < glyphCount; glyph++) advances.push(hmtx.readUInt16BE(4 * Math.min(glyph, metrics - 1)));
  return advances;
}

/** Glyph ids a Coverage table lists, in coverage order. */
function readCoverage(table, at) {
  const glyphs = [];
  const format = table.readUInt16BE(at);
  const count = table.readUInt16BE(at + 2);
  for (let index = 0; index < count; index++) {
    if (format === 1) glyphs.push(table.readUInt16BE(at + 4 + index * 2));
    else {
      const record = at + 4 + index * 6;
      for (let glyph = table.readUInt16BE(record); glyph <= table.readUInt16BE(record + 2); glyph++) glyphs.push(glyph);
    }
  }
  return glyphs;
}

/** Glyph id → class (glyphs not listed are class 0). */
function readClassDef(table, at) {
  const classes = new Map();
  const format = table.readUInt16BE(at);
  if (format === 1) {
    const start = table.readUInt16BE(at + 2);
    const count = table.readUInt16BE(at + 4);
    for (let index = 0; index < count; index++) classes.set(start + index, table.readUInt16BE(at + 6 + index * 2));
  } else {
    for (let index = 0; index < table.readUInt16BE(at + 2); index++) {
      const record = at + 4 + index * 6;
      for (let glyph = table.readUInt16BE(record); glyph <= table.readUInt16BE(record + 2); glyph++) classes.set(glyph, table.readUInt16BE(record + 4));
    }
  }
  return classes;
}

const valueSize = (format) => 2 * [...format.toString(2)].filter((bit) => bit === '1').length;

/** The x-advance adjustment in a ValueRecord (0 when the format has none). */
function xAdvance(table, at, format) {
  if (!(format & 4)) return 0;
  return table.readInt16BE(at + 2 * [1, 2].filter((bit) => format & bit).length);
}

/**
 * Pair adjustments of the GPOS `kern` feature: what HarfBuzz (Chromium's
 * shaper) applies. Only the first glyph's x-advance is read: Liberation's
 * pairs adjust nothing else.
 */
function readGposKern(gpos, glyphCount) {
  const pairs = new Map();
  const featureList = gpos.readUInt16BE(6);
  const lookupList = gpos.readUInt16BE(8);
  const lookups = new Set();
  for (let index = 0; index < gpos.readUInt16BE(featureList); index++) {
    const record = featureList + 2 + index * 6;
    if (gpos.toString('latin1', record, record + 4) !== 'kern') continue;
    const feature = featureList + gpos.readUInt16BE(record + 4);
    for (let lookup = 0; lookup < gpos.readUInt16BE(feature + 2); lookup++) lookups.add(gpos.readUInt16BE(feature + 4 + lookup * 2));
  }
  for (const lookupIndex of [...lookups].sort((a, b) => a - b)) {
    const lookup = lookupList + gpos.readUInt16BE(lookupList + 2 + lookupIndex * 2);
    let type = gpos.readUInt16BE(lookup);
    for (let sub = 0; sub < gpos.readUInt16BE(lookup + 4); sub++) {
      let at = lookup + gpos.readUInt16BE(lookup + 6 + sub * 2);
      if (type === 9) {
        type = gpos.readUInt16BE(at + 2);
        at += gpos.readUInt32BE(at + 4);
      }
      if (type !== 2) continue;
      const format = gpos.readUInt16BE(at);
      const coverage = readCoverage(gpos, at + gpos.readUInt16BE(at + 2));
      const format1 = gpos.readUInt16BE(at + 4);
      const format2 = gpos.readUInt16BE(at + 6);
      const recordSize = valueSize(format1) + valueSize(format2);
      // The first subtable that covers a pair decides it, as in the shaper.
      const set = (left, right, value) => {
        if (value !== 0 && !pairs.has(`${left},${right}`)) pairs.set(`${left},${right}`, value);
      };
      if (format === 1) {
        coverage.forEach((left, index) => {
          const pairSet = at + gpos.readUInt16BE(at + 10 + index * 2);
          for (let pair = 0; pair < gpos.readUInt16BE(pairSet); pair++) {
            const record = pairSet + 2 + pair * (2 + recordSize);
            set(left, gpos.readUInt16BE(record), xAdvance(gpos, record + 2, format1));
          }
        });
      } else if (format === 2) {
        const classes1 = readClassDef(gpos, at + gpos.readUInt16BE(at + 8));
        const classes2 = readClassDef(gpos, at + gpos.readUInt16BE(at + 10));
        const class2Count = gpos.readUInt16BE(at + 14);
        const byClass2 = new Map();
        for (let glyph = 0; glyph < glyphCount; glyph++) {
          const klass = classes2.get(glyph) ?? 0;
          byClass2.set(klass, [...(byClass2.get(klass) ?? []), glyph]);
        }
        for (const left of coverage) {
          const class1 = classes1.get(left) ?? 0;
          for (let class2 = 0; class2 < class2Count; class2++) {
            const value = xAdvance(gpos, at + 16 + (class1 * class2Count + class2) * recordSize, format1);
            for (const right of byClass2.get(class2) ?? []) set(left, right, value);
          }
        }
      }
    }
  }
  return pairs;
}

/** Pairs of the first horizontal format-0 subtable: "left,right" glyph ids → adjustment. */
function readKern(kern) {
  const pairs = new Map();
  let at = 4;
  for (let index = 0; index < kern.readUInt16BE(2); index++) {
    const length = kern.readUInt16BE(at + 2);
    const coverage = kern.readUInt16BE(at + 4);
    if (coverage >> 8 === 0 && (coverage & 1) === 1) {
      const count = kern.readUInt16BE(at + 6);
      for (let pair = 0; pair < count; pair++) {
        const p = at + 14 + pair * 6;
        pairs.set(`${kern.readUInt16BE(p)},${kern.readUInt16BE(p + 2)}`, kern.readInt16BE(p + 4));
      }
    }
    at += length;
  }
  return pairs;
}

const fonts = FONTS.map(readFont);
const unitsPerEm = fonts[0].unitsPerEm;
if (fonts.some((font) => font.unitsPerEm !== unitsPerEm)) throw new Error('the fonts have different units per em');

// Control characters and private-use code points are never text to measure.
const measurable = (code) => code >= 0x20 && !(code >= 0x7f && code < 0xa0) && !(code >= 0xe000 && code <= 0xf8ff);
/** Code point → advance, the first font that has the character winning. */
const widths = new Map();
for (const font of fonts) {
  for (const [code, glyph] of font.cmap) if (measurable(code) && !widths.has(code)) widths.set(code, font.advances[glyph]);
}
const codes = [...widths.keys()].sort((a, b) => a - b);
const runs = [];
for (const code of codes) {
  const last = runs[runs.length - 1];
  if (last && last[0] + last.length - 1 === code) last.push(widths.get(code));
  else runs.push([code, widths.get(code)]);
}

const first = fonts[0];
const glyphToCodes = new Map();
for (const [code, glyph] of first.cmap) if (measurable(code)) glyphToCodes.set(glyph, [...(glyphToCodes.get(glyph) ?? []), code]);
const kerning = [];
for (const [key, value] of first.kern) {
  const [left, right] = key.split(',').map(Number);
  for (const a of glyphToCodes.get(left) ?? []) {
    // Chromium shapes text word by word, cut at spaces, so a pair with a
    // space in it (" T", "Y ") never applies: left out to measure the same.
    for (const b of glyphToCodes.get(right) ?? []) if (a !== 0x20 && b !== 0x20) kerning.push([a, b, value]);
  }
}
kerning.sort((x, y) => x[0] - y[0] || x[1] - y[1]);

// The blocks the table promises: Basic Latin, Latin-1, Latin Extended-A and
// the General Punctuation people type (dashes, quotes, spaces, ellipsis).
const required = [[0x20, 0x7e], [0xa0, 0xff], [0x100, 0x17f], [0x2000, 0x200a], [0x2010, 0x2022], [0x2026, 0x2026], [0x2030, 0x2030], [0x2039, 0x203a], [0x20ac, 0x20ac]];
for (const [from, to] of required) {
  for (let code = from; code <= to; code++) if (!widths.has(code)) throw new Error(`U+${code.toString(16).toUpperCase()} is in none of ${FONTS.join(', ')}`);
}

const wrap = (numbers) => numbers.join(', ').replace(/(.{1,110})(, |$)/g, '$1,\n    ').replace(/,\n {4}$/, '');
const header = `/**
 * GENERATED by scripts/generate-arial-widths.mjs from Liberation Sans
 * (metric-compatible with Arial): ${fonts.map((font) => font.path.split('/').slice(-2).join('/')).join(', then ')}.
 * Do not edit by hand: run the script again.
 */
`;
writeFileSync(
  ADVANCES_OUT,
  `${header}
/** Font units per em: a width in pixels is units / UNITS_PER_EM * font size. */
export const UNITS_PER_EM = ${unitsPerEm};

/**
 * Advance widths in font units, in runs of consecutive code points: each run
 * is [first code point, width of it, width of the next, ...].
 */
export const ADVANCE_RUNS: readonly (readonly number[])[] = [
${runs.map((run) => `  [\n    ${wrap(run)},\n  ],`).join('\n')}
];
`,
);
writeFileSync(
  KERNING_OUT,
  `${header}
/** Kerning pairs as flat triples: left code point, right code point, adjustment in font units. */
export const KERNING_TRIPLES: readonly number[] = [
    ${wrap(kerning.flat())},
];
`,
);
process.stdout.write(`${ADVANCES_OUT}, ${KERNING_OUT}: ${codes.length} characters in ${runs.length} runs, ${kerning.length} kerning pairs, ${unitsPerEm} units per em\n`);
