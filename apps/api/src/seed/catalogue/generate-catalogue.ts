import type { PhotoSpec } from './generate-photo.ts';
import { type ProducerPersona, producers } from './producers.ts';
import { between, int, mulberry32, pick, type Rng, shuffle } from './random.ts';
import { inStockLines, type LeafSlug, madeToOrderLines, type Phrase, type ProductKind, trades, type VariantAxis, type VariantValue, wholesaleLines } from './vocabulary.ts';

export interface DemoListing {
  title: { fa: string; en?: string };
  description: { fa: string; en?: string };
  categorySlug: string;
  /** Rial. */
  priceMinor: number;
  currency: 'IRR';
  /** Absent when made to order or when the variants carry the stock. */
  stock?: number;
  madeToOrder?: { processingDays: number };
  minOrderQty?: number;
  variants?: Array<{ sku: string; attributes: Record<string, string>; priceMinor?: number; stock?: number }>;
  /** What generatePhoto draws for this listing. */
  photo: PhotoSpec;
  status: 'active' | 'draft';
}

export interface DemoProducer {
  email: string;
  name: string;
  shopName: string;
  provinceCode: string;
  city: string;
  trades: string[];
  licenseNo?: string;
  bio: string;
  /** Per order from this shop, in rial; free at or above `freeShippingAboveMinor` when set. */
  shippingFeeMinor: number;
  freeShippingAboveMinor: number | null;
  /** Pending producers have only draft listings. */
  status: 'approved' | 'pending';
  listings: DemoListing[];
}

const DEMO_EMAIL_DOMAIN = 'demo.bazaarche.test';

/** So the demo shows a few drafts in approved shops too. */
const DRAFT_SHARE = 0.045;
/** New applicants are still filling their shop. */
const PENDING_LISTINGS = 5;
const ENGLISH_SHARE = 0.6;
const VARIANT_STOCK_MAX = 15;

const persianDigits = (n: number): string => String(n).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);

/** Prices end in round Toman amounts, as a seller would set them. */
function roundToman(toman: number): number {
  return toman >= 100_000 ? Math.round(toman / 10_000) * 10_000 : Math.round(toman / 1_000) * 1_000;
}
const tomanToRial = (toman: number): number => roundToman(toman) * 10;

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const availableIn = (provinceCode: string) => (entry: { provinces?: readonly string[] }) => !entry.provinces || entry.provinces.includes(provinceCode);

function chooseValues(rng: Rng, axis: VariantAxis): VariantValue[] {
  const count = int(rng, axis.pick[0], axis.pick[1]);
  const chosen = new Set(shuffle(rng, axis.values).slice(0, count));
  return axis.values.filter((value) => chosen.has(value));
}

function buildVariants(rng: Rng, tradeCode: string, kind: ProductKind, baseToman: number, listingPrice: number, madeToOrder: boolean): DemoListing['variants'] {
  if (!kind.variants) return undefined;
  let combos: Array<Array<{ key: string; value: VariantValue }>> = [[]];
  for (const axis of kind.variants) {
    const values = chooseValues(rng, axis);
    combos = combos.flatMap((combo) => values.map((value) => [...combo, { key: axis.key, value }]));
  }
  return combos.map((combo) => {
    const factor = combo.reduce((product, { value }) => product * (value.priceFactor ?? 1), 1);
    const price = tomanToRial(baseToman * factor);
    return {
      sku: [tradeCode, kind.code, ...combo.map(({ value }) => value.code)].join('-'),
      attributes: Object.fromEntries(combo.map(({ key, value }) => [key, value.label])),
      ...(price !== listingPrice ? { priceMinor: price } : {}),
      ...(madeToOrder ? {} : { stock: int(rng, 0, VARIANT_STOCK_MAX) }),
    };
  });
}

interface Slot {
  order: number;
  text: string;
}

function writeDescription(rng: Rng, persona: ProducerPersona, slug: LeafSlug, kind: ProductKind, quality: Phrase | undefined, days: number | undefined, moq: number | undefined): string {
  const trade = trades[slug];
  const [fact, secondFact] = shuffle(rng, kind.facts);
  const slots: Slot[] = [{ order: 1, text: fact! }];
  if (days !== undefined) slots.push({ order: 5, text: pick(rng, madeToOrderLines) });
  if (moq !== undefined) slots.push({ order: 6, text: pick(rng, wholesaleLines) });
  const optional: Slot[] = [
    { order: 0, text: pick(rng, trade.openers) },
    { order: 3, text: pick(rng, trade.care) },
    { order: 4, text: pick(rng, days === undefined ? [...trade.packaging, ...inStockLines] : trade.packaging) },
  ];
  if (quality?.note) optional.push({ order: 2, text: quality.note });
  if (secondFact) optional.push({ order: 1.5, text: secondFact });
  const target = int(rng, 2, 4);
  for (const slot of shuffle(rng, optional)) if (slots.length < target) slots.push(slot);
  return slots
    .sort((a, b) => a.order - b.order)
    .map(({ text }) =>
      text
        .replaceAll('{city}', persona.city)
        .replaceAll('{days}', persianDigits(days ?? 0))
        .replaceAll('{moq}', persianDigits(moq ?? 0)),
    )
    .join(' ');
}

function buildListing(rng: Rng, persona: ProducerPersona, slug: LeafSlug, kind: ProductKind, quality: Phrase | undefined, style: Phrase | undefined, status: DemoListing['status']): DemoListing {
  const trade = trades[slug];
  const baseToman = between(rng, kind.priceToman[0], kind.priceToman[1]);
  const priceMinor = tomanToRial(baseToman);
  const days = kind.madeToOrderDays && int(rng, kind.madeToOrderDays[0], kind.madeToOrderDays[1]);
  const moq = kind.minOrderQty && Math.round(int(rng, kind.minOrderQty[0], kind.minOrderQty[1]) / 5) * 5;
  const variants = buildVariants(rng, trade.code, kind, baseToman, priceMinor, days !== undefined);
  const english = rng() < ENGLISH_SHARE;
  const cityEn = (s: string) => s.replaceAll('{cityEn}', persona.cityEn);
  const enTitle = capitalise(kind.en) + (quality ? ` (${quality.en})` : '') + (style ? ` – ${cityEn(style.en)}` : '') + (kind.size ? `, ${kind.size.en}` : '');
  const enDescription = [
    `${capitalise(kind.en)}${quality ? ` (${quality.en})` : ''}, ${cityEn(trade.en.made)}.`,
    pick(rng, trade.en.lines),
    ...(days !== undefined ? [`Made to order in about ${days} days.`] : []),
    ...(moq !== undefined ? [`Minimum order: ${moq} pieces.`] : []),
  ].join(' ');
  const faDescription = writeDescription(rng, persona, slug, kind, quality, days, moq);
  return {
    title: { fa: titleFa(persona, kind, quality, style), ...(english ? { en: enTitle } : {}) },
    description: { fa: faDescription, ...(english ? { en: enDescription } : {}) },
    categorySlug: slug,
    priceMinor,
    currency: 'IRR',
    ...(days === undefined && !variants ? { stock: int(rng, 1, kind.stockMax ?? 40) } : {}),
    ...(days !== undefined ? { madeToOrder: { processingDays: days } } : {}),
    ...(moq !== undefined ? { minOrderQty: moq } : {}),
    ...(variants ? { variants } : {}),
    photo: { palette: pick(rng, trade.palettes), motif: kind.motif, seed: Math.floor(rng() * 2 ** 31) },
    status,
  };
}

function titleFa(persona: ProducerPersona, kind: ProductKind, quality: Phrase | undefined, style: Phrase | undefined): string {
  return [kind.fa, quality?.fa, style?.fa.replaceAll('{city}', persona.city), kind.size?.fa].filter(Boolean).join(' ');
}

/** Draws kinds of a trade in turn, so one shop's listings spread over what it makes. */
function kindDeck(rng: Rng, slug: LeafSlug, provinceCode: string): () => ProductKind[] {
  const kinds = trades[slug].kinds.filter(availableIn(provinceCode));
  if (kinds.length === 0) throw new Error(`no ${slug} products fit province ${provinceCode}`);
  let deck: ProductKind[] = [];
  return () => {
    if (deck.length === 0) deck = shuffle(rng, kinds);
    return [...deck.splice(0, 1), ...shuffle(rng, kinds)];
  };
}

function buildProducer(rng: Rng, persona: ProducerPersona): DemoProducer {
  const count = persona.pending ? PENDING_LISTINGS : 9 + persona.trades.length;
  const decks = new Map(persona.trades.map((slug) => [slug, kindDeck(rng, slug, persona.provinceCode)]));
  const titles = new Set<string>();
  const listings: DemoListing[] = [];
  for (let i = 0; i < count; i++) {
    const slug = persona.trades[i % persona.trades.length]!;
    const trade = trades[slug];
    const status = persona.pending || rng() < DRAFT_SHARE ? 'draft' : 'active';
    // The first kind is the next in the deck; the rest are fallbacks when its titles are taken.
    search: for (const kind of decks.get(slug)!()) {
      const qualities = (kind.qualities ?? trade.qualities).filter(availableIn(persona.provinceCode));
      const styles = (kind.styles ?? trade.styles).filter(availableIn(persona.provinceCode));
      for (let attempt = 0; attempt < 12; attempt++) {
        const quality = qualities.length > 0 && rng() < 0.85 ? pick(rng, qualities) : undefined;
        const style = styles.length > 0 && rng() < 0.7 ? pick(rng, styles) : undefined;
        const title = titleFa(persona, kind, quality, style);
        if (titles.has(title)) continue;
        titles.add(title);
        listings.push(buildListing(rng, persona, slug, kind, quality, style, status));
        break search;
      }
    }
    if (listings.length !== i + 1) throw new Error(`ran out of distinct ${slug} titles for ${persona.emailLocal}`);
  }
  return {
    email: `${persona.emailLocal}@${DEMO_EMAIL_DOMAIN}`,
    name: persona.name,
    shopName: persona.shopName,
    provinceCode: persona.provinceCode,
    city: persona.city,
    trades: [...persona.trades],
    ...(persona.licenseNo ? { licenseNo: persona.licenseNo } : {}),
    bio: persona.bio,
    ...demoShipping(persona.emailLocal),
    status: persona.pending ? 'pending' : 'approved',
    listings,
  };
}

/**
 * Shipping as home producers set it: most charge a post fee, some ship free above an amount.
 * Derived from the name, not the random stream, so the rest of the catalogue stays as it was.
 */
function demoShipping(name: string): Pick<DemoProducer, 'shippingFeeMinor' | 'freeShippingAboveMinor'> {
  const hash = [...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  return {
    shippingFeeMinor: [0, 300_000, 450_000, 600_000][hash % 4]!,
    freeShippingAboveMinor: [null, 5_000_000, 10_000_000][(hash >>> 2) % 3]!,
  };
}

/** The demo marketplace: 40 home producers and about 400 listings, the same for the same seed. */
export function generateCatalogue(seed = 1): DemoProducer[] {
  return producers.map((persona, index) => buildProducer(mulberry32(Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)), persona));
}
