import sharp from 'sharp';
import { between, int, mulberry32, pick, type Rng } from './random.ts';

const WIDTH = 1200;
const HEIGHT = 900;
const HORIZON = 610;
const BASELINE = 740;

interface Palette {
  wall: readonly [string, string];
  floor: readonly [string, string];
  main: string;
  deep: string;
  accent: string;
  light: string;
}

export const palettes = {
  saffron: { wall: ['#fbf0dc', '#f2d9a8'], floor: ['#ecd3a4', '#d9b47a'], main: '#e3a12f', deep: '#8a4b14', accent: '#b8321f', light: '#fff6e6' },
  turquoise: { wall: ['#e7f5f3', '#bfe3df'], floor: ['#cde6e1', '#a6cfc8'], main: '#1f9e9a', deep: '#0e5a5f', accent: '#e8b04a', light: '#f4fbfa' },
  pomegranate: { wall: ['#fbe9e6', '#f0c7bf'], floor: ['#ebc8c0', '#d7a295'], main: '#b3261e', deep: '#641414', accent: '#e6b450', light: '#fff3ef' },
  pistachio: { wall: ['#f0f5e3', '#d6e6b9'], floor: ['#dae5bf', '#bcd198'], main: '#7fa83f', deep: '#44621f', accent: '#c0673a', light: '#fafcef' },
  indigo: { wall: ['#e9ecf7', '#c6cdea'], floor: ['#cbd2ea', '#a8b1d6'], main: '#3b4c99', deep: '#1e285a', accent: '#e3a336', light: '#f6f7fd' },
  clay: { wall: ['#f7ebe1', '#e6c9b1'], floor: ['#e5c8ad', '#d0a682'], main: '#b8683c', deep: '#6b3920', accent: '#2f8088', light: '#fff6ee' },
  rose: { wall: ['#fcedf1', '#f1cbd6'], floor: ['#eed0d8', '#dca8b6'], main: '#cf6688', deep: '#7a2b47', accent: '#6fa583', light: '#fff5f8' },
  walnut: { wall: ['#f1e9df', '#dccab4'], floor: ['#d8c2a5', '#bd9d78'], main: '#7a4e2d', deep: '#3d2515', accent: '#d6a13f', light: '#fbf5ee' },
} as const satisfies Record<string, Palette>;
export type PaletteName = keyof typeof palettes;

interface Ctx {
  p: Palette;
  r: Rng;
}
/** A product drawn with its base centre at the origin, and roughly how much room it takes. */
interface Drawn {
  svg: string;
  width: number;
  height: number;
}

const WOOD = '#9a6638';
const STRAW = '#d8b26a';

const f = (x: number): string => (Math.round(x * 10) / 10).toString();

function mix(a: string, b: string, t: number): string {
  const pa = Number.parseInt(a.slice(1), 16);
  const pb = Number.parseInt(b.slice(1), 16);
  const channel = (shift: number) => Math.round(((pa >> shift) & 255) * (1 - t) + ((pb >> shift) & 255) * t);
  return `#${((channel(16) << 16) | (channel(8) << 8) | channel(0)).toString(16).padStart(6, '0')}`;
}

const rect = (x: number, y: number, w: number, h: number, rx: number, fill: string, extra = '') =>
  `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" rx="${f(rx)}" fill="${fill}" ${extra}/>`;
const ellipse = (cx: number, cy: number, rx: number, ry: number, fill: string, extra = '') =>
  `<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(rx)}" ry="${f(ry)}" fill="${fill}" ${extra}/>`;
const circle = (cx: number, cy: number, radius: number, fill: string, extra = '') => `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(radius)}" fill="${fill}" ${extra}/>`;
const path = (d: string, fill: string, extra = '') => `<path d="${d}" fill="${fill}" ${extra}/>`;
const stitches = (colour: string, width = 3) => `stroke="${colour}" stroke-width="${width}" stroke-dasharray="10 7" stroke-linecap="round" opacity="0.8"`;
const line = (x1: number, y1: number, x2: number, y2: number, colour: string, width: number, extra = '') =>
  `<line x1="${f(x1)}" y1="${f(y1)}" x2="${f(x2)}" y2="${f(y2)}" stroke="${colour}" stroke-width="${width}" stroke-linecap="round" ${extra}/>`;

function polygonPath(cx: number, cy: number, radius: number, sides: number, inner = radius, turn = 0): string {
  const points: string[] = [];
  const count = inner === radius ? sides : sides * 2;
  for (let i = 0; i < count; i++) {
    const a = turn + (i / count) * Math.PI * 2;
    const rr = inner === radius || i % 2 === 0 ? radius : inner;
    points.push(`${f(cx + Math.cos(a) * rr)},${f(cy + Math.sin(a) * rr)}`);
  }
  return `M${points.join('L')}Z`;
}

const diamond = (cx: number, cy: number, hw: number, hh: number) => `M${f(cx)},${f(cy - hh)}L${f(cx + hw)},${f(cy)}L${f(cx)},${f(cy + hh)}L${f(cx - hw)},${f(cy)}Z`;

/** A row of small repeated ornaments between x0 and x1, as painted bands on pottery and textiles. */
function ornamentBand(r: Rng, x0: number, x1: number, y: number, size: number, colour: string): string {
  const style = int(r, 0, 3);
  let out = '';
  for (let x = x0 + size; x < x1 - size / 2; x += size * 2) {
    if (style === 0) out += circle(x, y, size * 0.42, colour);
    else if (style === 1) out += path(`M${f(x - size)},${f(y + size * 0.6)}L${f(x)},${f(y - size * 0.6)}L${f(x + size)},${f(y + size * 0.6)}Z`, colour);
    else if (style === 2) out += path(polygonPath(x, y, size * 0.75, 4, size * 0.75), colour);
    else out += path(polygonPath(x, y, size * 0.8, 8, size * 0.38), colour);
  }
  return out;
}

function sprig(x: number, y: number, scale: number, leaf: string, flip: number): string {
  let leaves = '';
  for (let i = 0; i < 5; i++) {
    const ly = -30 - i * 26;
    leaves += ellipse(12, ly, 16, 7, leaf, `transform="rotate(-35 12 ${ly})"`) + ellipse(-12, ly - 12, 16, 7, leaf, `transform="rotate(35 -12 ${ly - 12})"`);
  }
  return `<g transform="translate(${f(x)} ${f(y)}) scale(${f(scale * flip)} ${f(scale)}) rotate(-12)">${line(0, 0, 0, -150, mix(leaf, '#000000', 0.2), 4)}${leaves}</g>`;
}

function foldedStack({ p, r }: Ctx): Drawn {
  const count = int(r, 3, 4);
  const w = between(r, 400, 460);
  const h = between(r, 64, 80);
  const tones = [p.main, p.light, mix(p.main, p.light, 0.45), mix(p.main, p.deep, 0.3)];
  const start = int(r, 0, tones.length - 1);
  let svg = '';
  for (let i = 0; i < count; i++) {
    const y = -(i + 1) * (h - 4);
    const x = -w / 2 + between(r, -16, 16);
    const fill = tones[(start + i) % tones.length]!;
    const band = fill === p.light ? p.main : p.light;
    svg += rect(x, y, w, h, h * 0.42, fill) + rect(x, y, w, h, h * 0.42, 'url(#terry)') + rect(x, y, w, h, h * 0.42, 'url(#fold)');
    svg += rect(x + 40, y + 1, 12, h - 2, 0, band, 'opacity="0.85"') + rect(x + 60, y + 1, 5, h - 2, 0, p.accent, 'opacity="0.8"');
    svg += rect(x + 18, y + 5, w - 60, 5, 2.5, '#ffffff', 'opacity="0.28"');
  }
  if (r() < 0.6) svg += sprig(w / 2 + 40, 0, 0.8, '#6f8f3a', 1);
  return { svg, width: w + 40, height: count * (h - 4) + 10 };
}

function honeyJar({ p, r }: Ctx): Drawn {
  const w = between(r, 220, 250);
  const h = between(r, 270, 310);
  const honey = pick(r, ['#e9a31b', '#d98a0f', '#c9740b', '#efb43a']);
  let svg = rect(-w / 2, -h, w, h, 44, honey) + rect(-w / 2, -h, w, h, 44, 'url(#shadeV)');
  svg += rect(-w / 2 + 22, -h + 34, 24, h - 80, 12, '#ffffff', 'opacity="0.35"') + rect(w / 2 - 38, -h + 44, 9, h - 100, 4.5, '#ffffff', 'opacity="0.2"');
  svg += rect(-w / 2 + 22, -h - 32, w - 44, 40, 10, mix(honey, '#000000', 0.18));
  svg += rect(-w / 2 + 8, -h - 70, w - 16, 44, 10, p.deep);
  const top = -h - 80;
  const bottom = -h - 18;
  let edge = '';
  for (let k = 0, x = w / 2 + 24; x >= -w / 2 - 24; k++, x -= 16) edge += `L${f(x)},${f(bottom - (k % 2) * 12)}`;
  svg += path(`M${f(-w / 2 - 14)},${f(top)}Q0,${f(top - 26)} ${f(w / 2 + 14)},${f(top)}L${f(w / 2 + 24)},${f(bottom)}${edge}Z`, 'url(#gingham)');
  svg += rect(-w / 2 - 8, -h - 46, w + 16, 7, 3, p.deep);
  const ly = -h * 0.64;
  svg += rect(-w / 2 + 34, ly, w - 68, h * 0.4, 14, p.light, `stroke="${p.main}" stroke-width="4"`);
  const hx = 0;
  const hy = ly + h * 0.2;
  svg += [
    [0, 0],
    [-26, -15],
    [26, -15],
  ]
    .map(([dx, dy]) => path(polygonPath(hx + dx!, hy + dy!, 15, 6, 15, Math.PI / 6), p.main, 'opacity="0.85"'))
    .join('');
  const dipper = `<g transform="translate(${f(w / 2 + 70)} -4) rotate(-20)">${rect(-6, -320, 12, 260, 6, WOOD)}${rect(-24, -80, 48, 78, 22, WOOD)}${[0, 1, 2]
    .map((i) => rect(-26, -68 + i * 22, 52, 6, 3, mix(WOOD, '#000000', 0.3)))
    .join('')}${path('M-24,-40 Q-30,-10 -18,-2 L18,-2 Q30,-10 24,-40Z', honey, 'opacity="0.9"')}</g>`;
  return { svg: svg + dipper, width: w + 130, height: h + 106 };
}

function pickleJar({ p, r }: Ctx): Drawn {
  const w = between(r, 220, 250);
  const h = between(r, 320, 360);
  const brine = mix('#d8c77a', p.main, 0.25);
  let pieces = '';
  const colours = ['#f3ead2', p.main, mix(p.main, '#000000', 0.25), '#7a8f2e', p.accent, '#e9dcb0'];
  for (let i = 0; i < 34; i++) {
    const cx = between(r, -w / 2 + 16, w / 2 - 16);
    const cy = between(r, -h + 50, -12);
    pieces += ellipse(cx, cy, between(r, 14, 30), between(r, 10, 22), pick(r, colours), `transform="rotate(${f(between(r, 0, 180))} ${f(cx)} ${f(cy)})" opacity="0.92"`);
  }
  let svg = `<clipPath id="jar"><rect x="${f(-w / 2)}" y="${f(-h)}" width="${f(w)}" height="${f(h)}" rx="38"/></clipPath>`;
  svg += `<g clip-path="url(#jar)">${rect(-w / 2, -h, w, h, 0, brine)}${pieces}${rect(-w / 2, -h, w, 34, 0, '#ffffff', 'opacity="0.25"')}</g>`;
  svg += rect(-w / 2, -h, w, h, 38, 'url(#shadeV)') + rect(-w / 2, -h, w, h, 38, 'none', 'stroke="#ffffff" stroke-opacity="0.55" stroke-width="5"');
  svg += rect(-w / 2 + 20, -h + 40, 22, h - 90, 11, '#ffffff', 'opacity="0.3"');
  const ly = -h * 0.52;
  svg += rect(-w / 2 + 2, ly, w - 4, h * 0.26, 0, p.light, 'opacity="0.95"') + ornamentBand(r, -w / 2 + 4, w / 2 - 4, ly + 16, 9, p.main);
  svg += rect(-w / 2 + 8, -h - 40, w - 16, 46, 8, '#c7c9cc') + rect(-w / 2 + 8, -h - 40, w - 16, 46, 8, 'url(#metal)');
  for (let x = -w / 2 + 22; x < w / 2 - 12; x += 14) svg += line(x, -h - 34, x, -h - 2, '#9a9ca0', 3);
  return { svg, width: w + 30, height: h + 40 };
}

function wallet({ p, r }: Ctx): Drawn {
  const w = between(r, 360, 400);
  const h = between(r, 230, 260);
  const leather = p.main;
  let svg = `<g transform="rotate(-9 ${f(-w / 4)} ${f(-h)})">${rect(-w / 2 + 30, -h - 50, 210, 130, 12, p.accent)}${rect(-w / 2 + 30, -h - 50, 210, 26, 0, mix(p.accent, '#000000', 0.2))}</g>`;
  svg += rect(-w / 2, -h, w, h, 24, leather) + rect(-w / 2, -h, w, h, 24, 'url(#grain)') + rect(-w / 2, -h, w, h, 24, 'url(#shadeV)');
  svg += rect(-w / 2 + 16, -h + 16, w - 32, h - 32, 16, 'none', stitches(p.light));
  svg += rect(-w / 2 + 6, -h + 4, w - 12, 8, 4, '#ffffff', 'opacity="0.22"');
  if (r() < 0.6) {
    svg += rect(w / 2 - 120, -h * 0.62, 150, 80, 22, mix(leather, p.deep, 0.3)) + rect(w / 2 - 110, -h * 0.62 + 10, 130, 60, 16, 'none', stitches(p.light, 2.5));
    svg += circle(w / 2 - 12, -h * 0.62 + 40, 13, '#d8c08a', `stroke="${p.deep}" stroke-width="3"`);
  } else {
    svg += path(`M${f(-w / 2 + 40)},${f(-h * 0.45)}Q0,${f(-h * 0.38)} ${f(w / 2 - 40)},${f(-h * 0.45)}`, 'none', `stroke="${p.deep}" stroke-width="3" opacity="0.35"`);
  }
  return { svg, width: w, height: h + 60 };
}

function handbag({ p, r }: Ctx): Drawn {
  const w = between(r, 230, 260);
  const h = between(r, 280, 320);
  const body = `M${f(-w)},-24Q${f(-w)},0 ${f(-w + 24)},0L${f(w - 24)},0Q${f(w)},0 ${f(w)},-24L${f(w - 38)},${f(-h + 14)}Q${f(w - 42)},${f(-h)} ${f(w - 58)},${f(-h)}L${f(-w + 58)},${f(-h)}Q${f(-w + 42)},${f(-h)} ${f(-w + 38)},${f(-h + 14)}Z`;
  let svg = path(`M${f(-w * 0.5)},${f(-h)}C${f(-w * 0.5)},${f(-h - 190)} ${f(w * 0.5)},${f(-h - 190)} ${f(w * 0.5)},${f(-h)}`, 'none', `stroke="${mix(p.main, p.deep, 0.25)}" stroke-width="22" stroke-linecap="round"`);
  svg += path(body, p.main) + path(body, 'url(#grain)') + path(body, 'url(#shadeV)');
  const flapY = -h * 0.48;
  svg += path(`M${f(-w + 40)},${f(-h)}L${f(w - 40)},${f(-h)}L${f(w - 22)},${f(flapY)}Q0,${f(flapY + 60)} ${f(-w + 22)},${f(flapY)}Z`, mix(p.main, p.deep, 0.22));
  svg += path(`M${f(-w + 46)},${f(-h + 14)}L${f(w - 46)},${f(-h + 14)}L${f(w - 34)},${f(flapY - 8)}Q0,${f(flapY + 46)} ${f(-w + 34)},${f(flapY - 8)}Z`, 'none', stitches(p.light));
  svg += circle(0, flapY + 28, 17, p.accent, `stroke="${p.deep}" stroke-width="4"`);
  return { svg, width: w * 2, height: h + 145 };
}

function tote({ p, r }: Ctx): Drawn {
  const w = between(r, 190, 215);
  const h = between(r, 320, 350);
  const strap = mix(p.main, p.deep, 0.2);
  let svg = [-1, 1].map((side) => path(`M${f(side * w * 0.62)},${f(-h + 4)}C${f(side * w * 0.62)},${f(-h - 170)} ${f(side * w * 0.12)},${f(-h - 170)} ${f(side * w * 0.12)},${f(-h + 4)}`, 'none', `stroke="${strap}" stroke-width="18"`)).join('');
  svg += rect(-w, -h, w * 2, h, 10, mix(p.light, STRAW, 0.25)) + rect(-w, -h, w * 2, h, 10, 'url(#weave)') + rect(-w, -h, w * 2, h, 10, 'url(#shadeV)');
  svg += rect(-w, -h, w * 2, 30, 0, strap, 'opacity="0.9"');
  const petals = int(r, 6, 10);
  const cy = -h * 0.45;
  for (let i = 0; i < petals; i++) svg += ellipse(0, cy - 52, 22, 48, i % 2 ? p.main : p.accent, `transform="rotate(${f((i * 360) / petals)} 0 ${f(cy)})" opacity="0.9"`);
  svg += circle(0, cy, 24, p.deep);
  return { svg, width: w * 2, height: h + 130 };
}

function belt({ p, r }: Ctx): Drawn {
  const rings = int(r, 3, 4);
  let svg = '';
  for (let k = rings - 1; k >= 0; k--) {
    const rx = 210 - k * 44;
    const ry = 86 - k * 16;
    const cy = -ry - 30;
    svg += ellipse(0, cy, rx, ry, 'none', `stroke="${mix(p.main, p.deep, 0.45)}" stroke-width="40"`);
    svg += ellipse(0, cy, rx, ry, 'none', `stroke="${p.main}" stroke-width="32"`);
    svg += ellipse(0, cy, rx, ry, 'none', stitches(p.light, 2));
  }
  svg += `<g transform="translate(196 -132)">${rect(-10, -44, 80, 88, 14, 'none', `stroke="${p.accent}" stroke-width="12"`)}${line(-6, 0, 62, 0, p.accent, 8)}</g>`;
  return { svg, width: 470, height: 210 };
}

function journal({ p, r }: Ctx): Drawn {
  const w = between(r, 300, 340);
  const h = between(r, 380, 420);
  let svg = rect(-w / 2 + 10, -h + 6, w, h - 6, 10, '#efe4cc') + line(w / 2 + 2, -h + 24, w / 2 + 2, -16, '#d8c9a8', 2);
  svg += rect(-w / 2, -h, w, h, 14, p.main) + rect(-w / 2, -h, w, h, 14, 'url(#grain)') + rect(-w / 2, -h, 36, h, 10, mix(p.main, p.deep, 0.35));
  svg += rect(-w / 2 + 50, -h + 18, w - 68, h - 36, 10, 'none', stitches(p.light, 2.5));
  svg += path(polygonPath(16, -h * 0.58, 56, 8, 30, Math.PI / 8), 'none', `stroke="${p.light}" stroke-width="4" opacity="0.45"`);
  svg += rect(-w / 2 - 4, -h * 0.42, w + 60, 14, 7, p.deep) + path(`M${f(w / 2 + 50)},${f(-h * 0.42 + 7)}q40,60 10,140`, 'none', `stroke="${p.deep}" stroke-width="10" stroke-linecap="round"`);
  return { svg, width: w + 60, height: h };
}

function shoe({ p, r }: Ctx): Drawn {
  const upper = 'M-225,0C-240,-70 -200,-120 -120,-128C-40,-134 40,-120 110,-80C160,-52 210,-44 250,-72C262,-80 274,-70 266,-56C250,-20 210,0 170,0Z';
  const one = (dx: number, dy: number, scale: number, shade: number, id: string) => {
    let weave = '';
    for (let i = 0; i < 22; i++) weave += line(-260 + i * 26, 0, -170 + i * 26, -140, p.deep, 4) + line(-170 + i * 26, 0, -260 + i * 26, -140, p.light, 2.5);
    let lace = 'M-60,-126';
    for (let i = 1; i <= 9; i++) lace += `L${f(-60 + i * 23)},${f(-128 + i * 7.4 + (i % 2 ? -12 : 8))}`;
    return `<g transform="translate(${dx} ${dy}) scale(${scale})"><clipPath id="${id}"><path d="${upper}"/></clipPath>${path(upper, mix(p.main, '#000000', shade))}<g clip-path="url(#${id})" opacity="0.35">${weave}</g>${path(upper, 'url(#shadeV)')}${path(lace, 'none', `stroke="${p.light}" stroke-width="5" stroke-linejoin="round"`)}${ellipse(-120, -124, 72, 14, p.deep)}${path('M-228,-4L170,-4Q222,-8 258,-50', 'none', `stroke="${p.deep}" stroke-width="12" stroke-linecap="round"`)}</g>`;
  };
  return { svg: one(-50, -40, 0.92, 0.22, 'shoeBack') + one(between(r, 0, 20), 0, 1, 0, 'shoeFront'), width: 540, height: 180 };
}

function bowlShape(p: Palette, r: Rng, rx: number, depth: number, glaze: string): string {
  const top = -depth - 16;
  const body = `M${f(-rx)},${f(top)}C${f(-rx + 6)},${f(top + depth * 0.75)} ${f(-rx * 0.5)},-14 0,-14C${f(rx * 0.5)},-14 ${f(rx - 6)},${f(top + depth * 0.75)} ${f(rx)},${f(top)}Z`;
  let svg = rect(-rx * 0.3, -16, rx * 0.6, 16, 6, mix(glaze, '#000000', 0.3));
  svg += `<clipPath id="bowl"><path d="${body}"/></clipPath>${path(body, glaze)}`;
  svg += `<g clip-path="url(#bowl)">${rect(-rx, top + depth * 0.18, rx * 2, depth * 0.2, 0, p.light, 'opacity="0.9"')}${ornamentBand(r, -rx, rx, top + depth * 0.28, 12, p.deep)}</g>`;
  svg += path(body, 'url(#shadeV)') + path(body, 'url(#sheen)');
  svg += ellipse(0, top, rx, rx * 0.2, mix(glaze, p.light, 0.15)) + ellipse(0, top + 4, rx - 14, rx * 0.2 - 8, mix(glaze, '#000000', 0.28));
  return svg;
}

function bowl({ p, r }: Ctx): Drawn {
  const rx = between(r, 215, 245);
  const depth = between(r, 170, 210);
  return { svg: bowlShape(p, r, rx, depth, pick(r, [p.main, mix(p.main, p.light, 0.2)])), width: rx * 2, height: depth + 16 + rx * 0.2 };
}

function plate({ p, r }: Ctx): Drawn {
  const radius = between(r, 215, 240);
  const cy = -radius - 20;
  let svg = line(-radius * 0.5, 0, -radius * 0.2, cy, mix(WOOD, '#000000', 0.2), 10) + line(radius * 0.5, 0, radius * 0.2, cy, mix(WOOD, '#000000', 0.2), 10);
  svg += circle(0, cy, radius, p.light) + circle(0, cy, radius - 13, 'none', `stroke="${p.main}" stroke-width="26"`);
  for (let i = 0; i < 36; i++) {
    const a = (i / 36) * Math.PI * 2;
    svg += circle(Math.cos(a) * (radius - 48), cy + Math.sin(a) * (radius - 48), 5, p.deep);
  }
  const petals = int(r, 8, 12);
  for (let i = 0; i < petals; i++) svg += ellipse(0, cy - radius * 0.36, radius * 0.13, radius * 0.3, i % 2 ? p.main : p.accent, `transform="rotate(${f((i * 360) / petals)} 0 ${f(cy)})" opacity="0.92"`);
  svg += circle(0, cy, radius * 0.14, p.deep) + circle(0, cy, radius, 'url(#sheen)', 'opacity="0.6"');
  return { svg, width: radius * 2, height: radius * 2 + 20 };
}

function vase({ p, r }: Ctx): Drawn {
  const sx = between(r, 0.85, 1.15);
  const h = between(r, 430, 490);
  const k = h / 470;
  const y = (v: number) => f(v * k);
  const x = (v: number) => f(v * sx);
  const body = `M${x(-60)},${y(-470)}C${x(-60)},${y(-455)} ${x(-42)},${y(-445)} ${x(-42)},${y(-420)}C${x(-42)},${y(-370)} ${x(-165)},${y(-350)} ${x(-165)},${y(-220)}C${x(-165)},${y(-110)} ${x(-90)},${y(-40)} ${x(-85)},0L${x(85)},0C${x(90)},${y(-40)} ${x(165)},${y(-110)} ${x(165)},${y(-220)}C${x(165)},${y(-350)} ${x(42)},${y(-370)} ${x(42)},${y(-420)}C${x(42)},${y(-445)} ${x(60)},${y(-455)} ${x(60)},${y(-470)}Z`;
  let svg = '';
  if (r() < 0.4) svg += path(`M${x(48)},${y(-430)}C${x(150)},${y(-440)} ${x(230)},${y(-330)} ${x(150)},${y(-250)}`, 'none', `stroke="${mix(p.main, p.deep, 0.25)}" stroke-width="20" stroke-linecap="round"`);
  svg += `<clipPath id="vase"><path d="${body}"/></clipPath>${path(body, p.main)}`;
  svg += `<g clip-path="url(#vase)">${rect(-200, -300 * k, 400, 70 * k, 0, p.light, 'opacity="0.92"')}${ornamentBand(r, -200, 200, -265 * k, 14, p.deep)}${rect(-200, -190 * k, 400, 10, 0, p.accent)}${rect(-200, -380 * k, 400, 8, 0, p.accent)}</g>`;
  svg += path(body, 'url(#shadeV)') + path(body, 'url(#sheen)') + ellipse(0, -470 * k, 60 * sx, 11, mix(p.main, '#000000', 0.35));
  return { svg, width: 330 * sx, height: h + 12 };
}

function cup(p: Palette, r: Rng, cx: number, scale: number): string {
  const body = 'M-95,-190L95,-190C92,-90 60,-40 0,-40C-60,-40 -92,-90 -95,-190Z';
  return `<g transform="translate(${f(cx)} 0) scale(${f(scale)})">${ellipse(0, -26, 140, 28, mix(p.main, p.deep, 0.2))}${ellipse(0, -32, 128, 22, p.main)}${path('M92,-160C150,-165 150,-80 70,-80', 'none', `stroke="${p.main}" stroke-width="16"`)}${path(body, p.main)}${rect(-95, -170, 190, 34, 0, p.light, 'opacity="0.9"')}${ornamentBand(r, -90, 90, -153, 8, p.deep)}${path(body, 'url(#sheen)')}${ellipse(0, -190, 95, 16, mix(p.main, '#000000', 0.35))}</g>`;
}

function cups({ p, r }: Ctx): Drawn {
  return { svg: cup(p, r, -150, 0.82) + cup(p, r, 90, 1.05), width: 480, height: 225 };
}

function hanger(top: number): string {
  return path(`M0,${f(top - 40)}q0,-26 18,-26q18,0 18,18`, 'none', 'stroke="#8a8d92" stroke-width="6" stroke-linecap="round"') + path(`M-150,${f(top + 14)}L0,${f(top - 38)}L150,${f(top + 14)}`, 'none', `stroke="${WOOD}" stroke-width="12" stroke-linejoin="round"`);
}

function shirt({ p, r }: Ctx): Drawn {
  const top = -480;
  const long = r() < 0.55;
  const hem = long ? 0 : -60;
  const sleeve = long ? `L250,-210L200,-190L150,-330` : `L235,-365L190,-322L150,-360`;
  const sleeveLeft = long ? `L-150,-330L-200,-190L-250,-210` : `L-150,-360L-190,-322L-235,-365`;
  const body = `M-58,${top}Q0,${top + 34} 58,${top}L150,${top + 22}${sleeve}L150,${hem}L-150,${hem}${sleeveLeft}L-150,${top + 22}Z`;
  let svg = hanger(top) + path(body, p.main) + path(body, 'url(#weave)') + path(body, 'url(#shadeV)');
  svg += path(`M-58,${top}L0,${top + 70}L58,${top}`, 'none', `stroke="${mix(p.main, p.deep, 0.5)}" stroke-width="8" stroke-linejoin="round"`);
  if (r() < 0.6) for (let y = top + 100; y < hem - 30; y += 62) svg += circle(0, y, 7, p.light, `stroke="${p.deep}" stroke-width="2"`);
  if (r() < 0.5) svg += rect(50, top + 110, 64, 72, 6, 'none', stitches(p.light, 2.5));
  if (r() < 0.35) svg += rect(-150, hem - 150, 300, 22, 0, p.light, 'opacity="0.85"') + rect(-150, hem - 116, 300, 10, 0, p.accent);
  svg += path(body, 'none', `stroke="${p.deep}" stroke-width="2" opacity="0.3"`);
  return { svg, width: 500, height: 546 };
}

function dress({ p, r }: Ctx): Drawn {
  const top = -500;
  const flare = between(r, 190, 230);
  const body = `M-55,${top}Q0,${top + 36} 55,${top}L100,${top + 18}L190,-240L160,-225L95,-360L90,-330Q${f(flare * 0.7)},-160 ${f(flare)},-10Q0,12 ${f(-flare)},-10Q${f(-flare * 0.7)},-160 -90,-330L-95,-360L-160,-225L-190,-240L-100,${top + 18}Z`;
  let svg = hanger(top) + `<clipPath id="dress"><path d="${body}"/></clipPath>${path(body, p.main)}`;
  svg += `<g clip-path="url(#dress)">${rect(-260, -70, 520, 44, 0, p.light, 'opacity="0.92"')}${ornamentBand(r, -260, 260, -48, 11, p.accent)}${rect(-260, -338, 520, 20, 0, p.accent)}${rect(-70, top - 10, 140, 90, 0, p.light, 'opacity="0.85"')}${ornamentBand(r, -70, 70, top + 50, 7, p.main)}</g>`;
  svg += path(body, 'url(#shadeV)') + path(`M-40,-300Q-60,-150 -110,-20M40,-300Q60,-150 110,-20`, 'none', `stroke="${p.deep}" stroke-width="3" opacity="0.25"`);
  return { svg, width: Math.max(flare * 2, 380), height: 566 };
}

function trousers({ p, r }: Ctx): Drawn {
  const top = -470;
  const w = between(r, 130, 150);
  const legs = `M${f(-w)},${top}L${f(w)},${top}L${f(w + 18)},0L24,0L0,-300L-24,0L${f(-w - 18)},0Z`;
  let svg = line(-w + 20, top - 46, -w + 20, top + 6, '#8a8d92', 6) + line(w - 20, top - 46, w - 20, top + 6, '#8a8d92', 6) + rect(-w - 20, top - 60, w * 2 + 40, 14, 7, WOOD);
  svg += path(legs, p.main) + path(legs, 'url(#weave)') + path(legs, 'url(#shadeV)');
  svg += rect(-w, top, w * 2, 40, 4, mix(p.main, p.deep, 0.3));
  svg += line(-w * 0.55, top + 50, -w * 0.55, -20, p.light, 2, 'opacity="0.35"') + line(w * 0.55, top + 50, w * 0.55, -20, p.light, 2, 'opacity="0.35"');
  svg += path(`M${f(-w + 10)},${f(top + 50)}q40,10 50,70M${f(w - 10)},${f(top + 50)}q-40,10 -50,70`, 'none', `stroke="${p.deep}" stroke-width="3" opacity="0.45"`);
  return { svg, width: w * 2 + 40, height: 530 };
}

function apron({ p, r }: Ctx): Drawn {
  const top = -470;
  const body = `M-95,${top}L95,${top}L100,-330Q170,-320 175,-250L175,-30Q175,0 145,0L-145,0Q-175,0 -175,-30L-175,-250Q-170,-320 -100,-330Z`;
  let svg = path(`M-85,${top}C-80,${top - 120} 80,${top - 120} 85,${top}`, 'none', `stroke="${p.deep}" stroke-width="10"`);
  svg += path(body, p.main) + path(body, r() < 0.5 ? 'url(#gingham)' : 'url(#weave)', 'opacity="0.6"') + path(body, 'url(#shadeV)');
  svg += rect(-110, -220, 220, 110, 10, mix(p.main, p.deep, 0.2)) + rect(-102, -212, 204, 94, 8, 'none', stitches(p.light, 2.5)) + line(0, -220, 0, -110, p.light, 2, 'opacity="0.6"');
  svg += path('M-175,-300q-60,40 -40,150M175,-300q60,40 40,150', 'none', `stroke="${p.deep}" stroke-width="10" stroke-linecap="round"`);
  return { svg, width: 440, height: 560 };
}

function hat({ p, r }: Ctx): Drawn {
  const w = between(r, 190, 220);
  const h = between(r, 220, 260);
  const crown = `M${f(-w)},-70C${f(-w)},${f(-h - 70)} ${f(w)},${f(-h - 70)} ${f(w)},-70Z`;
  let svg = ellipse(0, -40, w + 30, 40, mix(p.main, p.deep, 0.3));
  svg += path(crown, p.main) + path(crown, 'url(#weave)') + path(crown, 'url(#sheen)');
  svg += rect(-w - 4, -110, w * 2 + 8, 70, 30, mix(p.main, p.deep, 0.15)) + rect(-w - 4, -110, w * 2 + 8, 70, 30, 'url(#weave)');
  svg += ornamentBand(r, -w, w, -75, 11, p.accent);
  return { svg, width: w * 2 + 60, height: h + 70 };
}

function rugField(p: Palette, r: Rng, w: number, h: number): string {
  const border = 30;
  let svg = rect(-w / 2, -h, w, h, 4, p.accent) + rect(-w / 2 + border, -h + border, w - border * 2, h - border * 2, 0, p.main);
  svg += ornamentBand(r, -w / 2, w / 2, -h + border / 2, 8, p.deep) + ornamentBand(r, -w / 2, w / 2, -border / 2, 8, p.deep);
  const cx = 0;
  const cy = -h / 2;
  const style = int(r, 0, 2);
  if (style === 0) {
    for (let s = 3; s >= 1; s--) svg += path(diamond(cx, cy, (w / 2 - border - 30) * (s / 3), (h / 2 - border - 14) * (s / 3)), [p.light, p.deep, p.accent][s - 1]!);
  } else if (style === 1) {
    for (let y = -h + border + 22, i = 0; y < -border - 10; y += 34, i++) svg += rect(-w / 2 + border, y, w - border * 2, 16, 0, [p.light, p.deep, p.accent][i % 3]!, 'opacity="0.9"');
  } else {
    for (let y = -h + border + 40; y < -border - 20; y += 70) for (let x = -w / 2 + border + 44; x < w / 2 - border - 20; x += 80) svg += path(polygonPath(x, y, 26, 4), p.light) + path(polygonPath(x, y, 11, 4), p.deep);
  }
  svg += rect(-w / 2, -h, w, h, 4, 'url(#weave)');
  return svg;
}

function rug({ p, r }: Ctx): Drawn {
  const w = between(r, 520, 580);
  const h = between(r, 400, 450);
  let fringe = '';
  for (let x = -w / 2 + 14; x < w / 2 - 8; x += 14) fringe += line(x, 0, x + between(r, -4, 4), 22, p.light, 3) + line(x, -h, x + between(r, -4, 4), -h - 20, p.light, 3);
  const svg = `<g transform="translate(0 -20)">${fringe}${rugField(p, r, w, h)}${rect(-w / 2, -h, w, h, 4, 'url(#shadeV)')}</g>`;
  return { svg, width: w, height: h + 40 };
}

function cushion({ p, r }: Ctx): Drawn {
  const s = between(r, 190, 215);
  const top = -s * 2;
  const body = `M${f(-s)},${f(top)}Q0,${f(top + 26)} ${f(s)},${f(top)}Q${f(s - 20)},${f(-s)} ${f(s)},0Q0,-26 ${f(-s)},0Q${f(-s + 20)},${f(-s)} ${f(-s)},${f(top)}Z`;
  let svg = path(body, p.main) + path(body, 'url(#weave)');
  const cy = -s;
  svg += path(polygonPath(0, cy, s * 0.62, 4), p.light) + path(polygonPath(0, cy, s * 0.44, 4), p.accent) + path(polygonPath(0, cy, s * 0.24, 8, s * 0.12), p.deep);
  svg += path(polygonPath(0, cy, s * 0.62, 4), 'none', stitches(p.deep, 2.5));
  for (const [x, y] of [
    [-s, top],
    [s, top],
    [-s, 0],
    [s, 0],
  ] as const) {
    const out = x < 0 ? -1 : 1;
    svg += circle(x, y, 9, p.accent) + [-14, 0, 14].map((spread) => line(x, y, x + out * 22 + spread * 0.5, y + 26 + Math.abs(spread) * 0.2, p.accent, 4)).join('');
  }
  svg += path(body, 'url(#puff)');
  return { svg, width: s * 2 + 40, height: s * 2 + 20 };
}

function embroideryHoop({ p, r }: Ctx): Drawn {
  const radius = between(r, 200, 225);
  const cy = -radius - 40;
  let svg = rect(-60, -44, 120, 44, 10, WOOD) + path(`M${f(-radius - 30)},${f(cy - 40)}Q${f(-radius - 60)},${f(cy + radius + 10)} 0,${f(cy + radius + 30)}Q${f(radius + 60)},${f(cy + radius + 10)} ${f(radius + 30)},${f(cy - 40)}Z`, mix(p.light, p.main, 0.08));
  svg += circle(0, cy, radius, p.light) + circle(0, cy, radius, 'url(#weave)');
  const step = 14;
  const style = int(r, 0, 2);
  const colours = [p.main, p.accent, p.deep];
  // Counted cross-stitch: each design is a rule over the grid of stitch cells.
  const cell = (i: number, j: number): number | undefined => {
    const ai = Math.abs(i);
    const aj = Math.abs(j);
    const d = ai + aj;
    if (style === 0) return d < 13 ? Math.floor(d / 3) % 3 : d === 15 ? 2 : undefined;
    if (style === 1) return Math.max(ai, aj) < 10 && (ai < 2 || aj < 2 || Math.abs(ai - aj) < 2) ? (Math.max(ai, aj) < 4 ? 1 : 0) : undefined;
    if (d < 2) return 1;
    if ((ai - 5) ** 2 + j * j < 11 || i * i + (aj - 5) ** 2 < 11) return 0;
    return ai === aj && ai > 3 && ai < 9 ? 2 : undefined;
  };
  for (let i = -12; i <= 12; i++) {
    for (let j = -12; j <= 12; j++) {
      const colour = cell(i, j);
      if (colour !== undefined && (i * step) ** 2 + (j * step) ** 2 < (radius - 30) ** 2) svg += rect(i * step - 6, cy + j * step - 6, 12, 12, 2, colours[colour]!);
    }
  }
  svg += circle(0, cy, radius, 'none', `stroke="${WOOD}" stroke-width="22"`) + circle(0, cy, radius + 9, 'none', `stroke="${mix(WOOD, '#ffffff', 0.25)}" stroke-width="4"`);
  svg += rect(-16, cy - radius - 34, 32, 30, 6, '#b9a27a');
  return { svg, width: radius * 2 + 40, height: radius * 2 + 74 };
}

function yarn({ p, r }: Ctx): Drawn {
  let svg = rect(-260, -64, 520, 64, 16, p.light);
  for (let y = -54; y < -6; y += 14) {
    let d = `M-250,${y}`;
    for (let x = -250; x < 250; x += 20) d += `l10,10l10,-10`;
    svg += path(d, 'none', `stroke="${p.main}" stroke-width="4" opacity="0.75"`);
  }
  const ball = (cx: number, cy: number, radius: number, colour: string, id: string) => {
    let wraps = '';
    for (let i = 0; i < 9; i++) wraps += ellipse(cx, cy, radius * between(r, 0.4, 1), radius * 0.3, 'none', `stroke="${mix(colour, '#000000', 0.25)}" stroke-width="4" transform="rotate(${f(between(r, -80, 80))} ${f(cx)} ${f(cy)})"`);
    return `<clipPath id="${id}"><circle cx="${f(cx)}" cy="${f(cy)}" r="${f(radius)}"/></clipPath>${circle(cx, cy, radius, colour)}<g clip-path="url(#${id})" opacity="0.7">${wraps}</g>${circle(cx, cy, radius, 'url(#puff)')}`;
  };
  svg += ball(-100, -64 - 120, 120, p.main, 'ball1') + ball(140, -64 - 88, 88, p.accent, 'ball2');
  svg += line(-260, -330, 40, -90, WOOD, 9) + line(60, -340, -220, -100, WOOD, 9) + circle(-260, -330, 11, p.deep) + circle(60, -340, 11, p.deep);
  return { svg, width: 540, height: 350 };
}

function basket({ p, r }: Ctx): Drawn {
  const w = between(r, 200, 225);
  const h = between(r, 230, 270);
  const body = `M${f(-w)},${f(-h)}L${f(w)},${f(-h)}L${f(w * 0.8)},-16Q${f(w * 0.78)},0 ${f(w * 0.7)},0L${f(-w * 0.7)},0Q${f(-w * 0.78)},0 ${f(-w * 0.8)},-16Z`;
  let rows = '';
  const bands = new Set([int(r, 1, 3), int(r, 4, 6)]);
  for (let i = 0, y = -h; y < 0; y += 24, i++) {
    const colour = bands.has(i) ? (i % 2 ? p.main : p.accent) : mix(STRAW, '#000000', i % 2 ? 0.08 : 0);
    rows += rect(-w, y, w * 2, 24, 0, colour) + rect(-w, y + 3, w * 2, 18, 0, `url(#stitch${i % 2})`);
  }
  let svg = path(`M${f(-w * 0.7)},${f(-h)}C${f(-w * 0.7)},${f(-h - 220)} ${f(w * 0.7)},${f(-h - 220)} ${f(w * 0.7)},${f(-h)}`, 'none', `stroke="${mix(STRAW, p.deep, 0.25)}" stroke-width="20"`);
  svg += `<clipPath id="basket"><path d="${body}"/></clipPath><g clip-path="url(#basket)">${rows}</g>${path(body, 'url(#shadeV)')}`;
  svg += ellipse(0, -h, w, 30, mix(STRAW, '#000000', 0.35)) + ellipse(0, -h, w, 30, 'none', `stroke="${mix(STRAW, p.deep, 0.2)}" stroke-width="14"`);
  return { svg, width: w * 2, height: h + 165 };
}

function fan({ p, r }: Ctx): Drawn {
  const radius = between(r, 165, 185);
  const cy = -radius - 200;
  let svg = rect(-13, cy + radius - 10, 26, 210, 10, WOOD) + circle(0, cy, radius, STRAW);
  for (let k = radius - 20; k > 20; k -= 22) svg += circle(0, cy, k, 'none', `stroke="${(k / 22) % 3 < 1 ? p.accent : mix(STRAW, '#000000', 0.2)}" stroke-width="8" opacity="0.8"`);
  for (let i = 0; i < 16; i++) {
    const a = (i / 16) * Math.PI * 2;
    svg += line(0, cy, Math.cos(a) * radius, cy + Math.sin(a) * radius, mix(STRAW, '#000000', 0.25), 2, 'opacity="0.5"');
  }
  svg += circle(0, cy, radius, 'none', `stroke="${p.main}" stroke-width="14"`) + circle(0, cy, radius, 'url(#sheen)', 'opacity="0.5"');
  return { svg, width: radius * 2, height: radius * 2 + 200 };
}

function woodBox({ p, r }: Ctx): Drawn {
  const w = between(r, 210, 240);
  const h = between(r, 190, 230);
  const wood = mix(WOOD, p.main, 0.2);
  let svg = rect(-w, -h, w * 2, h, 6, wood) + rect(-w, -h, w * 2, h, 6, 'url(#grain)') + rect(-w, -h, w * 2, h, 6, 'url(#shadeV)');
  svg += rect(-w + 26, -h + 34, w * 2 - 52, 46, 0, p.deep) + ornamentBand(r, -w + 26, w - 26, -h + 57, 10, p.light) + ornamentBand(r, -w + 36, w - 36, -h + 57, 5, p.accent);
  svg += path(`M${f(-w - 12)},${f(-h - 60)}L${f(w + 12)},${f(-h - 60)}L${f(w - 20)},${f(-h - 110)}L${f(-w + 20)},${f(-h - 110)}Z`, mix(wood, '#ffffff', 0.18));
  svg += path(polygonPath(0, 0, 40, 8, 20), p.light, `transform="translate(0 ${f(-h - 85)}) scale(1 0.45)"`);
  svg += rect(-w - 12, -h - 60, w * 2 + 24, 60, 6, mix(wood, '#000000', 0.1)) + ornamentBand(r, -w, w, -h - 30, 9, p.accent);
  svg += rect(-16, -h - 8, 32, 26, 4, p.accent);
  return { svg, width: w * 2 + 24, height: h + 110 };
}

function frame({ p, r }: Ctx): Drawn {
  const w = between(r, 180, 205);
  const h = between(r, 440, 480);
  let svg = rect(-w, -h, w * 2, h, 8, mix(WOOD, p.main, 0.15)) + rect(-w, -h, w * 2, h, 8, 'url(#grain)');
  svg += ornamentBand(r, -w, w, -h + 16, 8, p.light) + ornamentBand(r, -w, w, -16, 8, p.light);
  const inner = { x: -w + 40, y: -h + 40, w: w * 2 - 80, h: h - 80 };
  if (r() < 0.5) {
    svg += rect(inner.x, inner.y, inner.w, inner.h, 4, '#dfe7ee') + rect(inner.x, inner.y, inner.w, inner.h, 4, 'url(#mirror)');
  } else {
    svg += rect(inner.x, inner.y, inner.w, inner.h, 4, p.light);
    const cy = inner.y + inner.h * 0.45;
    svg += path(polygonPath(0, cy, inner.w * 0.38, 8, inner.w * 0.2, Math.PI / 8), p.main) + circle(0, cy, inner.w * 0.13, p.accent);
    svg += path(`M${f(inner.x)},${f(inner.y + inner.h)}L${f(inner.x + inner.w * 0.35)},${f(inner.y + inner.h * 0.75)}L${f(inner.x + inner.w * 0.6)},${f(inner.y + inner.h * 0.86)}L${f(inner.x + inner.w)},${f(inner.y + inner.h * 0.7)}L${f(inner.x + inner.w)},${f(inner.y + inner.h)}Z`, p.deep, 'opacity="0.55"');
  }
  svg += rect(inner.x, inner.y, inner.w, inner.h, 4, 'none', `stroke="${p.deep}" stroke-width="5" opacity="0.5"`);
  return { svg, width: w * 2, height: h };
}

function cuttingBoard({ p, r }: Ctx): Drawn {
  const w = between(r, 160, 185);
  const h = between(r, 400, 440);
  const wood = mix(WOOD, p.main, 0.15);
  const board = `M${f(-w)},${f(-h + 30)}Q${f(-w)},${f(-h)} ${f(-w + 30)},${f(-h)}L-45,${f(-h)}L-45,${f(-h - 70)}Q-45,${f(-h - 100)} 0,${f(-h - 100)}Q45,${f(-h - 100)} 45,${f(-h - 70)}L45,${f(-h)}L${f(w - 30)},${f(-h)}Q${f(w)},${f(-h)} ${f(w)},${f(-h + 30)}L${f(w)},-20Q${f(w)},0 ${f(w - 20)},0L${f(-w + 20)},0Q${f(-w)},0 ${f(-w)},-20Z`;
  let svg = `<g transform="translate(-40 0) rotate(-4)">${path(board, wood)}${path(board, 'url(#grain)')}`;
  for (let i = 0; i < 7; i++) svg += path(`M${f(-w + 20 + i * (w / 3.5))},-10C${f(-w + 60 + i * (w / 3.5))},${f(-h * 0.4)} ${f(-w + i * (w / 3.5))},${f(-h * 0.7)} ${f(-w + 30 + i * (w / 3.5))},${f(-h + 10)}`, 'none', `stroke="${mix(wood, '#000000', 0.3)}" stroke-width="2" opacity="0.35"`);
  svg += circle(0, -h - 62, 16, mix(p.floor[0], '#000000', 0.1)) + `</g>`;
  svg += `<g transform="translate(150 -30) rotate(-62)">${ellipse(0, -40, 46, 62, mix(wood, '#ffffff', 0.12))}${ellipse(0, -40, 34, 48, mix(wood, '#000000', 0.12))}${rect(-10, 14, 20, 250, 10, mix(wood, '#ffffff', 0.12))}</g>`;
  return { svg, width: w * 2 + 120, height: h + 100 };
}

function giftBox({ p, r }: Ctx): Drawn {
  const w = between(r, 190, 220);
  const h = between(r, 250, 290);
  let svg = rect(-w, -h, w * 2, h, 6, p.main) + rect(-w, -h, w * 2, h, 6, 'url(#dots)') + rect(-w, -h, w * 2, h, 6, 'url(#shadeV)');
  svg += path(`M${f(-w - 14)},${f(-h - 50)}L${f(w + 14)},${f(-h - 50)}L${f(w - 16)},${f(-h - 96)}L${f(-w + 16)},${f(-h - 96)}Z`, mix(p.main, '#ffffff', 0.2));
  svg += rect(-w - 14, -h - 50, w * 2 + 28, 60, 6, mix(p.main, p.deep, 0.18));
  svg += rect(-26, -h - 50, 52, h + 50, 0, p.accent) + path(`M-20,${f(-h - 96)}L20,${f(-h - 96)}L26,${f(-h - 50)}L-26,${f(-h - 50)}Z`, mix(p.accent, '#ffffff', 0.2));
  const by = -h - 80;
  svg += path(`M0,${f(by)}C-120,${f(by - 110)} -150,${f(by + 10)} 0,${f(by)}Z`, p.accent) + path(`M0,${f(by)}C120,${f(by - 110)} 150,${f(by + 10)} 0,${f(by)}Z`, p.accent);
  svg += path(`M0,${f(by)}C-120,${f(by - 110)} -150,${f(by + 10)} 0,${f(by)}ZM0,${f(by)}C120,${f(by - 110)} 150,${f(by + 10)} 0,${f(by)}Z`, 'url(#sheen)');
  svg += path(`M-6,${f(by)}L-60,${f(by + 70)}M6,${f(by)}L56,${f(by + 76)}`, 'none', `stroke="${p.accent}" stroke-width="14" stroke-linecap="round"`) + circle(0, by, 18, mix(p.accent, '#000000', 0.15));
  return { svg, width: w * 2 + 30, height: h + 180 };
}

function soap({ p, r }: Ctx): Drawn {
  const tones = [mix(p.light, p.main, 0.25), mix('#efe6cf', p.main, 0.1), mix(p.main, p.light, 0.55)];
  let svg = '';
  const w = 300;
  for (let i = 0; i < 3; i++) {
    const y = -(i + 1) * 72;
    const x = -w / 2 + between(r, -22, 22);
    const tone = tones[i]!;
    svg += path(`M${f(x + 8)},${f(y)}L${f(x + w - 8)},${f(y)}L${f(x + w - 30)},${f(y - 26)}L${f(x + 30)},${f(y - 26)}Z`, mix(tone, '#ffffff', 0.3));
    svg += rect(x, y, w, 72, 12, tone) + rect(x, y, w, 72, 12, 'url(#shadeV)');
    svg += ellipse(x + w / 2, y - 13, 50, 8, 'none', `stroke="${mix(tone, '#000000', 0.2)}" stroke-width="3"`);
  }
  svg += rect(-12, -242, 10, 242, 4, mix(STRAW, '#000000', 0.2)) + ellipse(-7, -244, 26, 10, 'none', `stroke="${mix(STRAW, '#000000', 0.2)}" stroke-width="6"`);
  svg += sprig(w / 2 + 50, 0, 0.9, p.accent, 1) + sprig(-w / 2 - 40, 0, 0.7, '#7c8f4a', -1);
  return { svg, width: w + 120, height: 250 };
}

function bottle({ p, r }: Ctx): Drawn {
  const w = between(r, 170, 195);
  const h = between(r, 300, 340);
  const liquid = mix(p.main, p.light, 0.45);
  const shape = `M${f(-w / 2)},${f(-h + 40)}Q${f(-w / 2)},${f(-h)} -34,${f(-h - 40)}L-30,${f(-h - 90)}L30,${f(-h - 90)}L34,${f(-h - 40)}Q${f(w / 2)},${f(-h)} ${f(w / 2)},${f(-h + 40)}L${f(w / 2)},-24Q${f(w / 2)},0 ${f(w / 2 - 24)},0L${f(-w / 2 + 24)},0Q${f(-w / 2)},0 ${f(-w / 2)},-24Z`;
  let svg = `<clipPath id="bottle"><path d="${shape}"/></clipPath>${path(shape, mix(p.light, '#ffffff', 0.4), 'opacity="0.75"')}<g clip-path="url(#bottle)">${rect(-w, -h * 0.82, w * 2, h, 0, liquid)}${rect(-w, -h * 0.82, w * 2, 8, 0, '#ffffff', 'opacity="0.4"')}</g>`;
  svg += path(shape, 'none', 'stroke="#ffffff" stroke-width="5" stroke-opacity="0.7"') + rect(-w / 2 + 18, -h + 30, 16, h - 70, 8, '#ffffff', 'opacity="0.45"');
  svg += rect(-36, -h - 128, 72, 44, 8, p.deep) + rect(-w / 2 + 16, -h * 0.56, w - 32, h * 0.32, 10, p.light, `stroke="${p.main}" stroke-width="3"`) + ornamentBand(r, -w / 2 + 20, w / 2 - 20, -h * 0.4, 8, p.accent);
  const jarX = w / 2 + 90;
  svg += rect(jarX - 70, -110, 140, 110, 22, mix(p.light, p.main, 0.2)) + rect(jarX - 74, -140, 148, 40, 10, p.deep) + rect(jarX - 50, -86, 100, 50, 8, p.light, 'opacity="0.9"');
  for (let i = 0; i < 3; i++) {
    const fx = -w / 2 - 60 - i * 38;
    const fy = -18 - (i % 2) * 14;
    for (let k = 0; k < 6; k++) svg += ellipse(fx, fy - 12, 9, 15, p.main, `transform="rotate(${k * 60} ${f(fx)} ${f(fy)})"`);
    svg += circle(fx, fy, 7, p.accent);
  }
  return { svg, width: w + 260, height: h + 128 };
}

function nutBowl({ p, r }: Ctx): Drawn {
  const rx = between(r, 220, 245);
  const depth = 130;
  const rim = -depth - 16;
  const colours = ['#e4cfa0', '#9bb04a', '#c98a4b', '#7a4a22', '#e8b04a', '#f2e6c9', '#5b3a1e'];
  const nut = (x: number, y: number) =>
    ellipse(x, y, between(r, 15, 22), between(r, 10, 14), pick(r, colours), `transform="rotate(${f(between(r, -60, 60))} ${f(x)} ${f(y)})" stroke="#000000" stroke-opacity="0.12" stroke-width="2"`);
  let svg = bowlShape(p, r, rx, depth, p.main);
  for (let i = 0; i < 80; i++) {
    const u = between(r, -1, 1);
    svg += nut(u * rx * 0.86, rim + 10 - between(r, 0, (1 - u * u) * 100));
  }
  for (let i = 0; i < 5; i++) svg += nut(between(r, rx * 0.85, rx * 1.2) * (i % 2 ? 1 : -1), between(r, -10, 8));
  return { svg, width: rx * 2 + 60, height: 260 };
}

function sweetsPlate({ p, r }: Ctx): Drawn {
  const rx = between(r, 250, 275);
  let svg = ellipse(-40, -36, rx, 58, mix(p.light, '#000000', 0.05)) + ellipse(-40, -44, rx - 8, 52, p.light) + ellipse(-40, -44, rx - 30, 40, 'none', `stroke="${p.main}" stroke-width="6"`);
  const diamonds = r() < 0.5;
  const rows = [5, 4, 3, 2];
  rows.forEach((n, row) => {
    for (let i = 0; i < n; i++) {
      const x = -40 + (i - (n - 1) / 2) * 72;
      const y = -70 - row * 44;
      svg += diamonds
        ? path(diamond(x, y, 38, 28), '#d9a441', 'stroke="#a8702a" stroke-width="3"') + circle(x, y, 7, '#8fae3c')
        : ellipse(x, y, 34, 24, '#f1dcb3', 'stroke="#c9a777" stroke-width="3"') + circle(x, y - 4, 6, p.accent);
    }
  });
  const gx = rx - 10;
  svg += ellipse(gx, -16, 70, 16, p.main) + path(`M${f(gx - 42)},-190Q${f(gx - 30)},-110 ${f(gx - 26)},-90Q${f(gx - 36)},-40 ${f(gx - 22)},-26L${f(gx + 22)},-26Q${f(gx + 36)},-40 ${f(gx + 26)},-90Q${f(gx + 30)},-110 ${f(gx + 42)},-190Z`, '#ffffff', 'opacity="0.45"');
  svg += path(`M${f(gx - 37)},-160Q${f(gx - 28)},-110 ${f(gx - 24)},-90Q${f(gx - 33)},-42 ${f(gx - 20)},-30L${f(gx + 20)},-30Q${f(gx + 33)},-42 ${f(gx + 24)},-90Q${f(gx + 28)},-110 ${f(gx + 37)},-160Z`, '#9b2d12', 'opacity="0.85"');
  svg += rect(gx - 34, -150, 10, 100, 5, '#ffffff', 'opacity="0.35"');
  return { svg, width: rx * 2 + 60, height: 200 };
}

const motifs = {
  'folded-stack': foldedStack,
  'honey-jar': honeyJar,
  'pickle-jar': pickleJar,
  wallet,
  handbag,
  tote,
  belt,
  journal,
  shoe,
  bowl,
  plate,
  vase,
  cups,
  shirt,
  dress,
  trousers,
  apron,
  hat,
  rug,
  cushion,
  'embroidery-hoop': embroideryHoop,
  yarn,
  basket,
  fan,
  'wood-box': woodBox,
  frame,
  'cutting-board': cuttingBoard,
  'gift-box': giftBox,
  soap,
  bottle,
  'nut-bowl': nutBowl,
  'sweets-plate': sweetsPlate,
} satisfies Record<string, (c: Ctx) => Drawn>;
export type MotifName = keyof typeof motifs;

/**
 * Textures are repeating gradients, or patterns with large tiles: librsvg pays per pattern tile,
 * and small tiles over a big product cost more than the rest of the photo.
 */
const stripes = (id: string, x1: number, x2: number, y2: number, stops: string) =>
  `<linearGradient id="${id}" gradientUnits="userSpaceOnUse" x1="${x1}" y1="0" x2="${x2}" y2="${y2}" spreadMethod="repeat">${stops}</linearGradient>`;
const stop = (offset: number, colour: string, opacity: number) => `<stop offset="${offset}" stop-color="${colour}" stop-opacity="${opacity}"/>`;
const stitchStops = stop(0, '#000', 0.11) + stop(0.45, '#000', 0.11) + stop(0.45, '#000', 0) + stop(1, '#000', 0);

function grainTile(): string {
  const r = mulberry32(7);
  const dots = (radius: number) =>
    Array.from({ length: 16 }, () => `M${int(r, 1, 55)},${int(r, 1, 55)}m-${radius},0a${radius},${radius} 0 1,0 ${radius * 2},0a${radius},${radius} 0 1,0 -${radius * 2},0`).join('');
  return `<pattern id="grain" width="56" height="56" patternUnits="userSpaceOnUse"><path d="${dots(1.2)}" fill="#000" opacity="0.12"/><path d="${dots(1)}" fill="#fff" opacity="0.1"/></pattern>`;
}

const DEFS = `<defs>
${stripes('stitch0', 0, 36, 0, stitchStops)}
${stripes('stitch1', 18, 54, 0, stitchStops)}
${stripes('terry', 0, 6, 0, stop(0, '#000', 0.1) + stop(0.5, '#fff', 0.14) + stop(1, '#000', 0.1))}
${stripes('weave', 0, 5, 5, stop(0, '#000', 0.07) + stop(0.5, '#000', 0) + stop(1, '#000', 0.07))}
${grainTile()}
<radialGradient id="shadow"><stop offset="0" stop-color="#2a1a0a" stop-opacity="0.42"/><stop offset="0.55" stop-color="#2a1a0a" stop-opacity="0.16"/><stop offset="1" stop-color="#2a1a0a" stop-opacity="0"/></radialGradient>
<radialGradient id="puff" cx="0.45" cy="0.4" r="0.7"><stop offset="0" stop-color="#fff" stop-opacity="0.25"/><stop offset="0.6" stop-color="#fff" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.22"/></radialGradient>
<linearGradient id="shadeV" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#fff" stop-opacity="0.12"/><stop offset="0.45" stop-color="#fff" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.22"/></linearGradient>
<linearGradient id="sheen" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#000" stop-opacity="0.12"/><stop offset="0.22" stop-color="#fff" stop-opacity="0.32"/><stop offset="0.45" stop-color="#fff" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.2"/></linearGradient>
<linearGradient id="fold" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#000" stop-opacity="0.1"/><stop offset="0.08" stop-color="#000" stop-opacity="0"/><stop offset="0.86" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.24"/></linearGradient>
<linearGradient id="metal" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#000" stop-opacity="0.15"/><stop offset="0.3" stop-color="#fff" stop-opacity="0.5"/><stop offset="1" stop-color="#000" stop-opacity="0.2"/></linearGradient>
<linearGradient id="mirror" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#fff" stop-opacity="0.7"/><stop offset="0.4" stop-color="#9fb3c4" stop-opacity="0.4"/><stop offset="0.55" stop-color="#fff" stop-opacity="0.6"/><stop offset="1" stop-color="#6f8598" stop-opacity="0.5"/></linearGradient>
</defs>`;

const paletteDefs = (p: Palette) =>
  `<defs><pattern id="dots" width="36" height="36" patternUnits="userSpaceOnUse"><circle cx="18" cy="18" r="4" fill="${p.light}" opacity="0.3"/></pattern><pattern id="gingham" width="24" height="24" patternUnits="userSpaceOnUse"><rect width="24" height="24" fill="${p.light}"/><rect width="12" height="24" fill="${p.accent}" opacity="0.55"/><rect width="24" height="12" fill="${p.accent}" opacity="0.55"/></pattern></defs>`;

const rgb = (hex: string): [number, number, number] => {
  const v = Number.parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
};

/**
 * Wall and table, a soft light, a vignette and film grain, computed as raw pixels: drawing these
 * full-frame layers in SVG cost librsvg several times more than this one pass.
 */
function backdrop(p: Palette, r: Rng, lightX: number, dotted: boolean): Buffer {
  const rows = new Float32Array(HEIGHT * 3);
  const [w0, w1, f0, f1] = [rgb(p.wall[0]), rgb(p.wall[1]), rgb(p.floor[0]), rgb(p.floor[1])];
  for (let y = 0; y < HEIGHT; y++) {
    const onWall = y < HORIZON;
    const [a, b] = onWall ? [w0, w1] : [f0, f1];
    const t = onWall ? y / HORIZON : (y - HORIZON) / (HEIGHT - HORIZON);
    const edge = 1 - 0.07 * Math.exp(-(((y - HORIZON) / 12) ** 2));
    for (let c = 0; c < 3; c++) rows[y * 3 + c] = (a[c]! + (b[c]! - a[c]!) * t) * edge;
  }
  const out = new Uint8ClampedArray(WIDTH * HEIGHT * 3);
  const lightY = 140;
  const lightR = 900;
  let i = 0;
  for (let y = 0; y < HEIGHT; y++) {
    const dy = y - lightY;
    const vy = (y - HEIGHT / 2) / (HEIGHT / 2);
    const onWall = y < HORIZON;
    for (let x = 0; x < WIDTH; x++) {
      const dx = x - lightX;
      const d = Math.sqrt(dx * dx + dy * dy) / lightR;
      const light = d < 1 ? 0.5 * (1 - d) * (1 - d) : 0;
      const vx = (x - WIDTH / 2) / (WIDTH / 2);
      const v = vx * vx + vy * vy;
      const shade = (v > 0.45 ? 1 - Math.min(0.2, (v - 0.45) * 0.22) : 1) * (dotted && onWall && ((x % 60) - 30) ** 2 + ((y % 60) - 30) ** 2 < 10 ? 0.95 : 1);
      const grain = (r() - 0.5) * 9;
      for (let c = 0; c < 3; c++) {
        const base = rows[y * 3 + c]!;
        out[i++] = (base + (255 - base) * light) * shade + grain;
      }
    }
  }
  return Buffer.from(out.buffer);
}

const CROP = { left: -460, top: 40, width: 920, height: HEIGHT - 40 };

/** What a listing's photo is drawn from: a palette, a motif, and the seed that varies it. */
export interface PhotoSpec {
  palette: string;
  motif: string;
  seed: number;
}

/** A stylised 1200×900 product photo; the same (palette, motif, seed) always gives the same JPEG. */
export async function generatePhoto(photo: PhotoSpec): Promise<Buffer> {
  const p: Palette | undefined = palettes[photo.palette as PaletteName];
  const draw = motifs[photo.motif as MotifName];
  if (!p || !draw) throw new Error(`unknown photo palette or motif: ${photo.palette}/${photo.motif}`);
  const r = mulberry32(photo.seed);
  const lightX = pick(r, [300, 600, 900]);
  const dotted = r() < 0.5;
  const centre = Math.round(WIDTH / 2 + between(r, -40, 40));
  const tilt = between(r, -2, 2);
  const product = draw({ p, r });
  // Products are drawn at their natural proportions; bring each to a similar presence in the frame.
  const scale = Math.min(1.4, Math.max(0.85, Math.min(640 / product.width, 540 / product.height))) * between(r, 0.95, 1.03);
  const shadow = product.width * scale;
  const overlay = `<svg xmlns="http://www.w3.org/2000/svg" width="${CROP.width}" height="${CROP.height}">${DEFS}${paletteDefs(p)}<g transform="translate(${-CROP.left} ${BASELINE - CROP.top})">${ellipse(0, 4, shadow * 0.62, 40, 'url(#shadow)')}${ellipse(0, 0, shadow * 0.45, 12, '#2a1a0a', 'opacity="0.16"')}<g transform="rotate(${f(tilt)}) scale(${f(scale)})">${product.svg}</g></g></svg>`;
  return sharp(backdrop(p, r, lightX, dotted), { raw: { width: WIDTH, height: HEIGHT, channels: 3 } })
    .composite([{ input: Buffer.from(overlay), left: centre + CROP.left, top: CROP.top }])
    .jpeg({ quality: 85 })
    .toBuffer();
}
