import { normalizeForSearch } from '@bazaarche/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSearch, SearchDocument, SearchQuery, SearchResult } from './port.ts';

/**
 * The behaviour every `CatalogSearch` adapter must show, run by each adapter's own test file.
 * Engine-neutral on purpose: it asserts sets, membership and the orders a sort defines, never
 * relevance scores, and where engines may legitimately differ (typo tolerance, synonyms, how many
 * extra listings a fuzzy query pulls in) it asserts what must be found, not everything that may be.
 */
export function runCatalogSearchContract(
  name: string,
  open: () => Promise<{ search: CatalogSearch; close(): Promise<void> }>,
): void {
  describe(`CatalogSearch contract: ${name}`, () => {
    let engine: { search: CatalogSearch; close(): Promise<void> } | undefined;
    const catalog = (): CatalogSearch => {
      if (!engine) throw new Error('the engine did not open');
      return engine.search;
    };
    const find = (query: Partial<SearchQuery>): Promise<SearchResult> =>
      catalog().search({ text: '', sort: 'relevance', page: 1, perPage: 100, ...query });
    const findText = (raw: string, query: Partial<SearchQuery> = {}): Promise<SearchResult> =>
      find({ ...query, text: normalizeForSearch(raw) });

    beforeAll(async () => {
      engine = await open();
      await catalog().configure();
      await catalog().clear();
      await catalog().index(fixtures);
    });

    afterAll(async () => {
      await engine?.close();
    });

    it('configure is safe to call again on a filled index', async () => {
      await catalog().configure();
      const all = await find({});
      expect(all.total).toBe(fixtures.length);
    });

    describe('Persian text', () => {
      it('finds «کیف‌ها» written with a half-space, joined or with a space', async () => {
        const variants = await Promise.all(['کیف‌ها', 'کیفها', 'کیف ها'].map((q) => findText(q)));
        for (const result of variants) {
          expect(result.ids).toEqual(expect.arrayContaining([ids.leatherHandbag, ids.leatherShoulderBag]));
          expect(result.ids.every((id) => categoriesOf(id).includes('leather'))).toBe(true);
          expect(sorted(result.ids)).toEqual(sorted(variants[0]!.ids));
        }
      });

      it('finds Persian words typed on an Arabic keyboard', async () => {
        const bags = await findText('كيف');
        expect(bags.ids).toEqual(
          expect.arrayContaining([ids.leatherHandbag, ids.leatherShoulderBag, ids.leatherWallet]),
        );
        expect(sorted(bags.ids)).toEqual(sorted((await findText('کیف')).ids));

        const arabic = await findText('عسل طبيعي');
        const persian = await findText('عسل طبیعی');
        expect(arabic.ids).toEqual(expect.arrayContaining([ids.gavanHoney, ids.konarHoney]));
        expect(sorted(arabic.ids)).toEqual(sorted(persian.ids));
      });

      it('finds Persian digits and ASCII digits alike', async () => {
        const persian = await findText('۱ کیلو');
        const ascii = await findText('1 کیلو');
        expect(persian.ids).toEqual(expect.arrayContaining([ids.gavanHoney, ids.pistachios]));
        expect(sorted(persian.ids)).toEqual(sorted(ascii.ids));
      });

      it('corrects one typo in a Persian word', async () => {
        // «سفالی» with its fourth letter mistyped; «بیمارستانی» with its seventh.
        expect((await findText('سفاگی')).ids).toEqual(expect.arrayContaining([ids.lalejinBowl, ids.potteryVase]));
        expect((await findText('بیمارسنانی')).ids).toEqual(
          expect.arrayContaining([ids.scrubs, ids.patientGown, ids.surgicalCap]),
        );
      });

      it('matches the start of a word as it is typed', async () => {
        const result = await findText('حول');
        expect(result.ids).toEqual(expect.arrayContaining(towelIds));
      });

      it('takes only the last word as a prefix: the words before it are finished', async () => {
        // «کیف» (bag) begins «کیفیت» (quality), which the belt's description has; a buyer who
        // typed «کیف چرمی» asked for bags.
        const result = await findText('کیف چرمی');
        expect(result.ids).toEqual(expect.arrayContaining([ids.leatherShoulderBag, ids.leatherWallet]));
        expect(result.ids).not.toContain(ids.leatherBelt);
        expect((await findText('چرمی کیف')).ids).toContain(ids.leatherBelt);
      });
    });

    describe('English text', () => {
      it('finds English titles', async () => {
        const result = await findText('leather bag');
        expect(result.ids).toContain(ids.leatherShoulderBag);
        expect(result.ids).not.toContain(ids.gavanHoney);
      });

      it('corrects one typo in an English word', async () => {
        expect((await findText('towl')).ids).toContain(ids.bathTowel);
      });
    });

    describe('filters', () => {
      it('a parent category finds the listings of its children', async () => {
        const result = await find({ category: 'textiles' });
        expect(sorted(result.ids)).toEqual(idsWhere((d) => d.categorySlugs.includes('textiles')));
        expect(result.ids).toEqual(expect.arrayContaining([...towelIds, ids.qashqaiKilim, ids.scarf]));
        expect(result.total).toBe(result.ids.length);
      });

      it('filters by a leaf category', async () => {
        expect(sorted((await find({ category: 'honey' })).ids)).toEqual(
          sorted([ids.gavanHoney, ids.konarHoney, ids.mountainHoney, ids.fortyHerbHoney]),
        );
      });

      it('filters by province, seller and network', async () => {
        expect(sorted((await find({ province: 'IR-24' })).ids)).toEqual(idsWhere((d) => d.provinceCode === 'IR-24'));
        expect(sorted((await find({ seller: sellers.arta })).ids)).toEqual(
          sorted([ids.leatherHandbag, ids.leatherWallet, ids.leatherBelt]),
        );
        expect(sorted((await find({ network: networks.hospitalSupply })).ids)).toEqual(
          sorted([ids.scrubs, ids.patientGown, ids.surgicalCap]),
        );
      });

      it('filters by made-to-order, true and false', async () => {
        const madeToOrder = await find({ madeToOrder: true });
        const inStock = await find({ madeToOrder: false });
        expect(sorted(madeToOrder.ids)).toEqual(idsWhere((d) => d.madeToOrder));
        expect(sorted(inStock.ids)).toEqual(idsWhere((d) => !d.madeToOrder));
        expect(madeToOrder.total + inStock.total).toBe(fixtures.length);
      });

      it('filters by price with both bounds inclusive', async () => {
        const result = await find({ priceMin: 900_000, priceMax: 1_200_000 });
        expect(sorted(result.ids)).toEqual(
          sorted([ids.leatherBelt, ids.handTowel, ids.patientGown, ids.leatherWallet]),
        );
        expect(sorted((await find({ priceMin: 9_000_000 })).ids)).toEqual(
          sorted([ids.pistachios, ids.qashqaiKilim]),
        );
        expect(sorted((await find({ priceMax: 450_000 })).ids)).toEqual(sorted([ids.soap, ids.surgicalCap]));
      });

      it('combines filters, with and without text', async () => {
        expect((await find({ category: 'textiles', province: 'IR-21', madeToOrder: true })).ids).toEqual([
          ids.handTowel,
        ]);
        expect(sorted((await find({ category: 'food', province: 'IR-24', priceMax: 3_500_000 })).ids)).toEqual(
          sorted([ids.gavanHoney, ids.mountainHoney, ids.driedMulberries]),
        );
        const towelsInYazd = await findText('حوله', { province: 'IR-21' });
        expect(sorted(towelsInYazd.ids)).toEqual(sorted([ids.bathTowel, ids.handTowel]));
      });

      it('empty text with filters returns everything the filters allow', async () => {
        const result = await find({ category: 'food', perPage: 50 });
        expect(sorted(result.ids)).toEqual(idsWhere((d) => d.categorySlugs.includes('food')));
        expect(result.total).toBe(7);
      });
    });

    describe('facets', () => {
      it('counts a text match for its trade and every ancestor', async () => {
        const result = await findText('حوله');
        expect(sorted(result.ids)).toEqual(sorted(towelIds));
        expect(nonZero(result.facets.category)).toEqual({ towels: 4, textiles: 4 });
        expect(nonZero(result.facets.province)).toEqual({ 'IR-21': 2, 'IR-10': 1, 'IR-24': 1 });
      });

      it('counts over the whole filtered set, not the page', async () => {
        const result = await find({ category: 'food', perPage: 2 });
        const food = fixtures.filter((d) => d.categorySlugs.includes('food'));
        expect(result.ids).toHaveLength(2);
        expect(nonZero(result.facets.category)).toEqual(countBy(food.flatMap((d) => d.categorySlugs)));
        expect(nonZero(result.facets.province)).toEqual(countBy(food.map((d) => d.provinceCode)));
      });

      it('counts the whole catalogue when nothing is asked', async () => {
        const result = await find({ perPage: 1 });
        expect(nonZero(result.facets.category)).toEqual(countBy(fixtures.flatMap((d) => d.categorySlugs)));
        expect(nonZero(result.facets.province)).toEqual(countBy(fixtures.map((d) => d.provinceCode)));
      });
    });

    describe('sorting', () => {
      it('price_asc and price_desc order by price', async () => {
        const food = fixtures.filter((d) => d.categorySlugs.includes('food'));
        expect((await find({ category: 'food', sort: 'price_asc' })).ids).toEqual(
          [...food].sort((a, b) => a.priceMinor - b.priceMinor).map((d) => d.id),
        );
        expect((await find({ category: 'food', sort: 'price_desc' })).ids).toEqual(
          [...food].sort((a, b) => b.priceMinor - a.priceMinor).map((d) => d.id),
        );
      });

      it('a price sort is strict even when the text matches some listings better than others', async () => {
        // «حوله» is in some towels' titles and only in others' descriptions: the sort still wins.
        expect((await findText('حوله', { sort: 'price_asc' })).ids).toEqual([
          ids.sportsTowel,
          ids.handTowel,
          ids.bathTowel,
          ids.hotelTowels,
        ]);
      });

      it('newest orders by first publication, latest first', async () => {
        const result = await find({ sort: 'newest' });
        expect(result.ids).toEqual([...fixtures].sort((a, b) => b.publishedAt - a.publishedAt).map((d) => d.id));
      });

      it('relevance ranks a title match above a description-only match', async () => {
        // One description-only match is newer than its title match and one older, so ordering by
        // date either way cannot pass this.
        for (const [word, inTitle, inDescription] of [
          ['گلیم', ids.qashqaiKilim, ids.balochCushion],
          ['پسته', ids.pistachios, ids.baklava],
        ] as const) {
          const result = await findText(word);
          expect(result.ids).toEqual(expect.arrayContaining([inTitle, inDescription]));
          expect(result.ids.indexOf(inTitle)).toBeLessThan(result.ids.indexOf(inDescription));
        }
      });
    });

    describe('pagination', () => {
      it('slices pages of a stable total, and a page past the end is empty', async () => {
        const everything = await find({ sort: 'price_asc' });
        expect(everything.total).toBe(fixtures.length);
        const pages: string[] = [];
        for (let page = 1; page <= 4; page++) {
          const result = await find({ sort: 'price_asc', page, perPage: 7 });
          expect(result.total).toBe(fixtures.length);
          expect(result.ids).toHaveLength(page < 4 ? 7 : 4);
          pages.push(...result.ids);
        }
        expect(pages).toEqual(everything.ids);
        const beyond = await find({ sort: 'price_asc', page: 5, perPage: 7 });
        expect(beyond.ids).toEqual([]);
        expect(beyond.total).toBe(fixtures.length);
      });

      it('paginates a text query with the same total on every page', async () => {
        const first = await findText('حوله', { sort: 'newest', page: 1, perPage: 3 });
        const second = await findText('حوله', { sort: 'newest', page: 2, perPage: 3 });
        expect(first.total).toBe(4);
        expect(second.total).toBe(4);
        expect([...first.ids, ...second.ids]).toEqual([ids.handTowel, ids.hotelTowels, ids.bathTowel, ids.sportsTowel]);
      });
    });

    describe('suggestions', () => {
      it('suggests a listing from the start of its title, within the limit', async () => {
        const suggestions = await catalog().suggest(normalizeForSearch('کاسه سفا'), 3);
        expect(suggestions.length).toBeLessThanOrEqual(3);
        expect(suggestions).toContainEqual({
          id: ids.lalejinBowl,
          titleFa: 'کاسه سفالی لالجین',
          titleEn: 'Lalejin pottery bowl',
        });
      });

      it('suggests from an English title and keeps a missing English title null', async () => {
        expect((await catalog().suggest(normalizeForSearch('qashq'), 5)).map((s) => s.id)).toContain(ids.qashqaiKilim);
        const towels = await catalog().suggest(normalizeForSearch('حوله دستی'), 5);
        expect(towels).toContainEqual({ id: ids.handTowel, titleFa: 'حوله دستی ترمه', titleEn: null });
      });

      it('never returns more than the limit', async () => {
        expect((await catalog().suggest(normalizeForSearch('حول'), 2)).length).toBeLessThanOrEqual(2);
      });
    });

    describe('hostile text is just text', () => {
      const hostile = [
        "' OR 1=1 --",
        '"; drop table search_documents; --',
        'category:towels',
        'حوله & چرم',
        'حوله | towel',
        '!حوله',
        '(حوله) OR (عسل)',
        'price > 0 AND provinceCode = "IR-21"',
        'sellerId EXISTS OR madeToOrder = true',
        '\\" OR \\\\',
        "عسل' OR 'a'='a",
        ':* & !',
      ];

      it('normalised hostile queries run and never widen the result', async () => {
        for (const raw of hostile) {
          const result = await findText(raw);
          expect(result.total).toBeGreaterThanOrEqual(result.ids.length);
          expect(result.ids.every((id) => knownIds.has(id))).toBe(true);
          if (normalizeForSearch(raw) !== '') expect(result.total).toBeLessThan(fixtures.length);
        }
      });

      it('raw hostile text that skipped normalisation does not throw either', async () => {
        for (const raw of hostile) {
          const result = await find({ text: raw });
          expect(result.ids.every((id) => knownIds.has(id))).toBe(true);
          expect(Array.isArray(await catalog().suggest(raw, 5))).toBe(true);
        }
      });

      it('a filter value with injected syntax matches nothing or is refused', async () => {
        const attempts: Partial<SearchQuery>[] = [
          { category: "towels' OR '1'='1" },
          { category: 'towels" OR categorySlugs EXISTS OR "' },
          { province: 'IR-21 OR provinceCode EXISTS' },
          { seller: `${sellers.arta}" OR sellerId EXISTS OR "` },
          { network: "x' OR 1=1 --" },
        ];
        for (const attempt of attempts) {
          const outcome = await find(attempt).then(
            (result) => result.ids,
            () => [] as string[],
          );
          expect(outcome).toEqual([]);
        }
      });
    });

    // These change the index, so they run last and in this order.
    describe('writes', () => {
      it('remove makes a listing disappear, and unknown ids are fine', async () => {
        await catalog().remove([ids.sportsTowel, '00000000-0000-4000-8000-999999999999']);
        const towels = await findText('حوله');
        expect(towels.ids).not.toContain(ids.sportsTowel);
        expect(towels.total).toBe(3);
        expect(nonZero(towels.facets.category)).toEqual({ towels: 3, textiles: 3 });
        expect((await find({})).total).toBe(fixtures.length - 1);
      });

      it('indexing a changed listing replaces it', async () => {
        const before = rawOf(ids.gavanHoney);
        const changed = toDocument({ ...before, titleFa: `${before.titleFa} جشنواره`, priceMinor: 150_000 });
        await catalog().index([changed]);

        expect((await find({ priceMax: 200_000 })).ids).toEqual([ids.gavanHoney]);
        expect((await find({ priceMin: 3_000_000, priceMax: 4_000_000 })).ids).not.toContain(ids.gavanHoney);
        expect((await findText('جشنواره')).ids).toEqual([ids.gavanHoney]);
        expect((await find({ category: 'honey' })).total).toBe(4);
      });

      it('clear empties the index', async () => {
        await catalog().clear();
        const result = await find({});
        expect(result.ids).toEqual([]);
        expect(result.total).toBe(0);
        expect((await findText('حوله')).total).toBe(0);
      });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// The catalogue: 25 listings, built the way the API builds search documents.

interface RawListing {
  id: string;
  titleFa: string;
  titleEn: string | null;
  description: string;
  shop: string;
  city: string;
  categorySlugs: string[];
  provinceCode: string;
  sellerId: string;
  networkId?: string;
  madeToOrder: boolean;
  priceMinor: number;
  /** Days after the first listing was published. */
  day: number;
}

const uuid = (prefix: string, n: number): string => `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;

const ids = {
  bathTowel: uuid('00000000', 1),
  handTowel: uuid('00000000', 2),
  hotelTowels: uuid('00000000', 3),
  sportsTowel: uuid('00000000', 4),
  gavanHoney: uuid('00000000', 5),
  konarHoney: uuid('00000000', 6),
  mountainHoney: uuid('00000000', 7),
  fortyHerbHoney: uuid('00000000', 8),
  leatherHandbag: uuid('00000000', 9),
  leatherShoulderBag: uuid('00000000', 10),
  leatherWallet: uuid('00000000', 11),
  leatherBelt: uuid('00000000', 12),
  lalejinBowl: uuid('00000000', 13),
  potteryVase: uuid('00000000', 14),
  enamelPlate: uuid('00000000', 15),
  scrubs: uuid('00000000', 16),
  patientGown: uuid('00000000', 17),
  surgicalCap: uuid('00000000', 18),
  qashqaiKilim: uuid('00000000', 19),
  balochCushion: uuid('00000000', 20),
  pistachios: uuid('00000000', 21),
  driedMulberries: uuid('00000000', 22),
  soap: uuid('00000000', 23),
  scarf: uuid('00000000', 24),
  baklava: uuid('00000000', 25),
};

const sellers = {
  mehregan: uuid('10000000', 1),
  zayandeh: uuid('10000000', 2),
  ardabilSport: uuid('10000000', 3),
  sabalan: uuid('10000000', 4),
  konar: uuid('10000000', 5),
  dena: uuid('10000000', 6),
  arta: uuid('10000000', 7),
  tehranLeather: uuid('10000000', 8),
  lalejin: uuid('10000000', 9),
  naqsh: uuid('10000000', 10),
  negin: uuid('10000000', 11),
  yazdSewing: uuid('10000000', 12),
  qashqai: uuid('10000000', 13),
  baloch: uuid('10000000', 14),
  rafsanjan: uuid('10000000', 15),
  ardabilOrchard: uuid('10000000', 16),
  golBanoo: uuid('10000000', 17),
  ardabilKnit: uuid('10000000', 18),
  haj: uuid('10000000', 19),
};

const networks = { hospitalSupply: uuid('20000000', 1) };

const raw: RawListing[] = [
  {
    id: ids.bathTowel,
    titleFa: 'حوله حمام نخی یزد',
    titleEn: 'Cotton bath towel',
    description: 'حوله‌ی نخی دستباف، ۷۰ در ۱۴۰ سانتی‌متر، جذب آب بالا.',
    shop: 'حوله‌بافی مهرگان',
    city: 'یزد',
    categorySlugs: ['towels', 'textiles'],
    provinceCode: 'IR-21',
    sellerId: sellers.mehregan,
    madeToOrder: false,
    priceMinor: 1_800_000,
    day: 10,
  },
  {
    id: ids.handTowel,
    titleFa: 'حوله دستی ترمه',
    titleEn: null,
    description: 'حوله کوچک با حاشیه‌ی ترمه‌ی یزدی، سفارشی با نام شما.',
    shop: 'حوله‌بافی مهرگان',
    city: 'میبد',
    categorySlugs: ['towels', 'textiles'],
    provinceCode: 'IR-21',
    sellerId: sellers.mehregan,
    madeToOrder: true,
    priceMinor: 950_000,
    day: 40,
  },
  {
    id: ids.hotelTowels,
    titleFa: 'ست سفید هتلی',
    titleEn: 'White hotel set',
    description: 'بسته‌ی ۶ عددی حوله برای هتل و مهمان‌پذیر، پنبه‌ی صددرصد.',
    shop: 'نساجی زاینده',
    city: 'اصفهان',
    categorySlugs: ['towels', 'textiles'],
    provinceCode: 'IR-10',
    sellerId: sellers.zayandeh,
    madeToOrder: false,
    priceMinor: 4_200_000,
    day: 25,
  },
  {
    id: ids.sportsTowel,
    titleFa: 'حوله ورزشی میکروفایبر',
    titleEn: null,
    description: 'سبک و زودخشک، مناسب باشگاه و سفر.',
    shop: 'پوشاک ورزشی اردبیل',
    city: 'اردبیل',
    categorySlugs: ['towels', 'textiles'],
    provinceCode: 'IR-24',
    sellerId: sellers.ardabilSport,
    madeToOrder: false,
    priceMinor: 600_000,
    day: 5,
  },
  {
    id: ids.gavanHoney,
    titleFa: 'عسل طبیعی گون ۱ کیلویی',
    titleEn: 'Natural honey 1 kg',
    description: 'عسل طبیعی از کندوهای کوهستان سبلان، بدون شکر افزوده.',
    shop: 'زنبورستان سبلان',
    city: 'مشگین‌شهر',
    categorySlugs: ['honey', 'food'],
    provinceCode: 'IR-24',
    sellerId: sellers.sabalan,
    madeToOrder: false,
    priceMinor: 3_500_000,
    day: 12,
  },
  {
    id: ids.konarHoney,
    titleFa: 'عسل کنار نیم کیلویی',
    titleEn: null,
    description: 'عسل طبیعی کنار از باغ‌های جنوب، رنگ تیره و طعم ملایم.',
    shop: 'عسل کنار فارس',
    city: 'شیراز',
    categorySlugs: ['honey', 'food'],
    provinceCode: 'IR-07',
    sellerId: sellers.konar,
    madeToOrder: false,
    priceMinor: 1_900_000,
    day: 30,
  },
  {
    id: ids.mountainHoney,
    titleFa: 'انگبین کوهی',
    titleEn: 'Wild mountain honey',
    description: 'شهد گل‌های وحشی، برداشت بهار.',
    shop: 'زنبورداری دنا',
    city: 'اردبیل',
    categorySlugs: ['honey', 'food'],
    provinceCode: 'IR-24',
    sellerId: sellers.dena,
    madeToOrder: false,
    priceMinor: 2_400_000,
    day: 42,
  },
  {
    id: ids.fortyHerbHoney,
    titleFa: 'عسل چهل گیاه ۲ کیلویی',
    titleEn: null,
    description: 'از دامنه‌های سبلان، با گواهی آزمایشگاه.',
    shop: 'زنبورستان سبلان',
    city: 'مشگین‌شهر',
    categorySlugs: ['honey', 'food'],
    provinceCode: 'IR-24',
    sellerId: sellers.sabalan,
    madeToOrder: false,
    priceMinor: 6_000_000,
    day: 2,
  },
  {
    id: ids.leatherHandbag,
    titleFa: 'کیف دستی چرم طبیعی',
    titleEn: 'Leather handbag',
    description: 'از مجموعه‌ی کیف‌ها و کمربندهای چرم طبیعی ما، دوخت دستی.',
    shop: 'چرم آرتا',
    city: 'اصفهان',
    categorySlugs: ['leather'],
    provinceCode: 'IR-10',
    sellerId: sellers.arta,
    madeToOrder: true,
    priceMinor: 5_500_000,
    day: 15,
  },
  {
    id: ids.leatherShoulderBag,
    titleFa: 'کیف دوشی چرمی',
    titleEn: 'Leather shoulder bag',
    description: 'کیف‌های دوشی در سه رنگ عسلی، مشکی و قهوه‌ای.',
    shop: 'چرم تهران',
    city: 'تهران',
    categorySlugs: ['leather'],
    provinceCode: 'IR-23',
    sellerId: sellers.tehranLeather,
    madeToOrder: false,
    priceMinor: 4_800_000,
    day: 20,
  },
  {
    id: ids.leatherWallet,
    titleFa: 'کیف پول چرمی',
    titleEn: 'Leather wallet',
    description: 'کیف پول جیبی با شش جای کارت.',
    shop: 'چرم آرتا',
    city: 'اصفهان',
    categorySlugs: ['leather'],
    provinceCode: 'IR-10',
    sellerId: sellers.arta,
    madeToOrder: false,
    priceMinor: 1_200_000,
    day: 8,
  },
  {
    id: ids.leatherBelt,
    titleFa: 'کمربند چرمی',
    titleEn: 'Leather belt',
    description: 'کمربند چرم گاوی با سگک برنجی، کیفیت صادراتی.',
    shop: 'چرم آرتا',
    city: 'اصفهان',
    categorySlugs: ['leather'],
    provinceCode: 'IR-10',
    sellerId: sellers.arta,
    madeToOrder: true,
    priceMinor: 900_000,
    day: 18,
  },
  {
    id: ids.lalejinBowl,
    titleFa: 'کاسه سفالی لالجین',
    titleEn: 'Lalejin pottery bowl',
    description: 'کاسه‌ی لعاب‌دار فیروزه‌ای، ساخت کارگاه‌های لالجین همدان.',
    shop: 'سفال لالجین',
    city: 'لالجین',
    categorySlugs: ['pottery', 'handicrafts'],
    provinceCode: 'IR-13',
    sellerId: sellers.lalejin,
    madeToOrder: false,
    priceMinor: 1_500_000,
    day: 22,
  },
  {
    id: ids.potteryVase,
    titleFa: 'گلدان سفالی نقش‌دار',
    titleEn: null,
    description: 'گلدان دست‌ساز با نقش اسلیمی، به سفارش شما رنگ می‌شود.',
    shop: 'کارگاه نقش',
    city: 'نائین',
    categorySlugs: ['pottery', 'handicrafts'],
    provinceCode: 'IR-10',
    sellerId: sellers.naqsh,
    madeToOrder: true,
    priceMinor: 2_200_000,
    day: 35,
  },
  {
    id: ids.enamelPlate,
    titleFa: 'بشقاب میناکاری',
    titleEn: 'Enamelled plate',
    description: 'بشقاب دیواری مسی با نقش گل و مرغ.',
    shop: 'کارگاه نقش',
    city: 'اصفهان',
    categorySlugs: ['pottery', 'handicrafts'],
    provinceCode: 'IR-10',
    sellerId: sellers.naqsh,
    madeToOrder: false,
    priceMinor: 3_100_000,
    day: 3,
  },
  {
    id: ids.scrubs,
    titleFa: 'روپوش بیمارستانی پزشکی',
    titleEn: 'Medical scrubs',
    description: 'روپوش و شلوار از پارچه‌ی آنتی‌باکتریال، قابل شستشو در دمای بالا.',
    shop: 'دوزندگی نگین',
    city: 'تهران',
    categorySlugs: ['hospital-wear', 'clothing'],
    provinceCode: 'IR-23',
    sellerId: sellers.negin,
    networkId: networks.hospitalSupply,
    madeToOrder: true,
    priceMinor: 2_700_000,
    day: 6,
  },
  {
    id: ids.patientGown,
    titleFa: 'گان بیمار',
    titleEn: 'Hospital patient gown',
    description: 'بسته‌ی ۲۰ عددی، نخ و پلی‌استر.',
    shop: 'دوزندگی نگین',
    city: 'تهران',
    categorySlugs: ['hospital-wear', 'clothing'],
    provinceCode: 'IR-23',
    sellerId: sellers.negin,
    networkId: networks.hospitalSupply,
    madeToOrder: false,
    priceMinor: 1_100_000,
    day: 14,
  },
  {
    id: ids.surgicalCap,
    titleFa: 'کلاه جراحی پارچه‌ای',
    titleEn: null,
    description: 'کلاه قابل شستشو با بند پشت، در رنگ‌های دلخواه.',
    shop: 'خیاطی یزد',
    city: 'یزد',
    categorySlugs: ['hospital-wear', 'clothing'],
    provinceCode: 'IR-21',
    sellerId: sellers.yazdSewing,
    networkId: networks.hospitalSupply,
    madeToOrder: true,
    priceMinor: 450_000,
    day: 28,
  },
  {
    id: ids.balochCushion,
    titleFa: 'پشتی سوزن‌دوزی بلوچ',
    titleEn: null,
    description: 'رویه‌ی سوزن‌دوزی شده به طرح گلیم، پر شده با الیاف.',
    shop: 'هنر بلوچ',
    city: 'زاهدان',
    categorySlugs: ['embroidery', 'handicrafts'],
    provinceCode: 'IR-11',
    sellerId: sellers.baloch,
    madeToOrder: true,
    priceMinor: 8_500_000,
    day: 44,
  },
  {
    id: ids.qashqaiKilim,
    titleFa: 'گلیم دستباف قشقایی',
    titleEn: 'Qashqai kilim',
    description: 'پشم با رنگ گیاهی، ۲ در ۳ متر.',
    shop: 'بافته‌های ایل',
    city: 'فیروزآباد',
    categorySlugs: ['carpets-kilims', 'textiles'],
    provinceCode: 'IR-07',
    sellerId: sellers.qashqai,
    madeToOrder: false,
    priceMinor: 25_000_000,
    day: 36,
  },
  {
    id: ids.pistachios,
    titleFa: 'پسته اکبری ۱ کیلویی',
    titleEn: 'Akbari pistachios 1 kg',
    description: 'پسته‌ی خندان تازه، برداشت امسال.',
    shop: 'باغ رفسنجان',
    city: 'رفسنجان',
    categorySlugs: ['dried-fruit', 'food'],
    provinceCode: 'IR-08',
    sellerId: sellers.rafsanjan,
    madeToOrder: false,
    priceMinor: 9_000_000,
    day: 27,
  },
  {
    id: ids.driedMulberries,
    titleFa: 'توت خشک',
    titleEn: 'Dried mulberries',
    description: 'توت سفید آفتاب‌خشک، بدون شکر.',
    shop: 'باغ اردبیل',
    city: 'اردبیل',
    categorySlugs: ['dried-fruit', 'food'],
    provinceCode: 'IR-24',
    sellerId: sellers.ardabilOrchard,
    madeToOrder: false,
    priceMinor: 700_000,
    day: 33,
  },
  {
    id: ids.soap,
    titleFa: 'صابون گیاهی روغن زیتون',
    titleEn: 'Olive oil soap',
    description: 'صابون دست‌ساز با روغن زیتون و گیاه رزماری.',
    shop: 'گل‌بانو',
    city: 'تهران',
    categorySlugs: ['natural-care'],
    provinceCode: 'IR-23',
    sellerId: sellers.golBanoo,
    madeToOrder: false,
    priceMinor: 350_000,
    day: 16,
  },
  {
    id: ids.scarf,
    titleFa: 'شال گردن بافتنی',
    titleEn: 'Hand-knitted scarf',
    description: 'کاموای ایرانی، به رنگ دلخواه بافته می‌شود.',
    shop: 'بافتنی اردبیل',
    city: 'اردبیل',
    categorySlugs: ['knitting', 'textiles'],
    provinceCode: 'IR-24',
    sellerId: sellers.ardabilKnit,
    madeToOrder: true,
    priceMinor: 1_300_000,
    day: 11,
  },
  {
    id: ids.baklava,
    titleFa: 'باقلوای یزدی',
    titleEn: 'Yazdi baklava',
    description: 'باقلوای خانگی با مغز بادام و پسته.',
    shop: 'شیرینی حاج',
    city: 'یزد',
    categorySlugs: ['traditional-sweets', 'food'],
    provinceCode: 'IR-21',
    sellerId: sellers.haj,
    madeToOrder: false,
    priceMinor: 1_600_000,
    day: 1,
  },
];

const FIRST_PUBLISHED = Date.UTC(2025, 0, 1);
const DAY = 86_400_000;

// Names as in the trade tree and the province list: the API puts them in the text in both languages.
const tradeNames: Record<string, string> = {
  textiles: 'منسوجات Textiles',
  towels: 'حوله‌بافی Towel weaving',
  knitting: 'بافتنی Knitting',
  'carpets-kilims': 'فرش و گلیم Carpets and kilims',
  leather: 'چرم‌دوزی Leather',
  food: 'خوراکی خانگی Home-made food',
  honey: 'عسل Honey',
  'dried-fruit': 'خشکبار Dried fruit and nuts',
  'traditional-sweets': 'شیرینی سنتی Traditional sweets',
  handicrafts: 'صنایع دستی Handicrafts',
  pottery: 'سفالگری Pottery',
  embroidery: 'سوزن‌دوزی Embroidery',
  clothing: 'پوشاک Clothing',
  'hospital-wear': 'لباس بیمارستانی Hospital wear',
  'natural-care': 'بهداشتی و گیاهی Natural care',
};
const provinceNames: Record<string, string> = {
  'IR-07': 'فارس Fars',
  'IR-08': 'کرمان Kerman',
  'IR-10': 'اصفهان Isfahan',
  'IR-11': 'سیستان و بلوچستان Sistan and Baluchestan',
  'IR-13': 'همدان Hamadan',
  'IR-21': 'یزد Yazd',
  'IR-23': 'تهران Tehran',
  'IR-24': 'اردبیل Ardabil',
};

/** A search document built the way the API builds one (apps/api/src/services/search/build-search-documents.ts). */
function toDocument(r: RawListing): SearchDocument {
  const titles = `${r.titleFa} ${r.titleEn ?? ''}`;
  const words = [
    titles,
    r.description,
    r.shop,
    r.city,
    provinceNames[r.provinceCode],
    ...r.categorySlugs.map((slug) => tradeNames[slug]),
  ];
  return {
    id: r.id,
    text: normalizeForSearch(words.join(' '), { expand: true }),
    titleText: normalizeForSearch(titles, { expand: true }),
    categorySlugs: r.categorySlugs,
    provinceCode: r.provinceCode,
    sellerId: r.sellerId,
    networkId: r.networkId ?? null,
    madeToOrder: r.madeToOrder,
    priceMinor: r.priceMinor,
    currency: 'IRR',
    publishedAt: FIRST_PUBLISHED + r.day * DAY,
    titleFa: r.titleFa,
    titleEn: r.titleEn,
  };
}

const fixtures: SearchDocument[] = raw.map(toDocument);

const knownIds = new Set(fixtures.map((d) => d.id));
const towelIds = [ids.bathTowel, ids.handTowel, ids.hotelTowels, ids.sportsTowel];

function rawOf(id: string): RawListing {
  const found = raw.find((r) => r.id === id);
  if (!found) throw new Error(`no fixture ${id}`);
  return found;
}

function byId(id: string): SearchDocument {
  const found = fixtures.find((d) => d.id === id);
  if (!found) throw new Error(`no fixture ${id}`);
  return found;
}

function categoriesOf(id: string): string[] {
  return byId(id).categorySlugs;
}

function idsWhere(predicate: (d: SearchDocument) => boolean): string[] {
  return sorted(fixtures.filter(predicate).map((d) => d.id));
}

function sorted(values: string[]): string[] {
  return [...values].sort();
}

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

/** Engines may or may not list values with no hits; the contract is about the ones with hits. */
function nonZero(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
}
