import { randomBytes } from 'node:crypto';
import { normalizeForSearch } from '@bazaarche/domain';
import { Meilisearch } from 'meilisearch';
import { describe, expect, it } from 'vitest';
import { runCatalogSearchContract } from './contract.test-suite.ts';
import {
  buildFilter,
  createMeilisearchSearch,
  facetsFrom,
  meilisearchSettings,
  plainQuery,
  quoteFilterValue,
  rankingRulesWithSortFirst,
  sortFor,
  synonymsFor,
  TRADE_SYNONYMS,
} from './meilisearch.ts';

const seller = '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed';

describe('Meilisearch filters', () => {
  it('builds no condition for an unfiltered query', () => {
    expect(buildFilter({})).toEqual([]);
  });

  it('quotes every string value and keeps numbers and booleans bare', () => {
    expect(
      buildFilter({
        category: 'carpets-kilims',
        province: 'IR-21',
        seller,
        network: seller.toUpperCase(),
        madeToOrder: false,
        priceMin: 0,
        priceMax: 1_200_000,
      }),
    ).toEqual([
      'categorySlugs = "carpets-kilims"',
      'provinceCode = "IR-21"',
      `sellerId = "${seller}"`,
      `networkId = "${seller}"`,
      'madeToOrder = false',
      'priceMinor >= 0',
      'priceMinor <= 1200000',
    ]);
    expect(buildFilter({ madeToOrder: true })).toEqual(['madeToOrder = true']);
  });

  it.each([
    ['category', { category: 'towels" OR categorySlugs EXISTS OR "' }],
    ['category', { category: "towels' OR '1'='1" }],
    ['category', { category: 'Towels' }],
    ['category', { category: '' }],
    ['province', { province: 'IR-21 OR provinceCode EXISTS' }],
    ['province', { province: 'IR-2' }],
    ['seller', { seller: `${seller}" OR sellerId EXISTS OR "` }],
    ['network', { network: 'not-a-uuid' }],
    ['priceMin', { priceMin: -1 }],
    ['priceMin', { priceMin: Number.NaN }],
    ['priceMax', { priceMax: 1.5 }],
    ['priceMax', { priceMax: Number.POSITIVE_INFINITY }],
  ])('refuses an invalid %s rather than building a filter with it', (field, query) => {
    expect(() => buildFilter(query)).toThrow(new RegExp(`Invalid search filter ${field}`));
  });

  it('refuses a made-to-order value that is not a boolean', () => {
    expect(() => buildFilter({ madeToOrder: 'true OR 1 = 1' as unknown as boolean })).toThrow(/madeToOrder/);
  });

  it('escapes backslashes and double quotes the way the filter parser unescapes them', () => {
    expect(quoteFilterValue('plain')).toBe('"plain"');
    expect(quoteFilterValue('a"b')).toBe('"a\\"b"');
    expect(quoteFilterValue('a\\b')).toBe('"a\\\\b"');
    // A trailing backslash must not escape the closing quote.
    expect(quoteFilterValue('x\\')).toBe('"x\\\\"');
    expect(quoteFilterValue('\\" OR 1 = 1 OR "')).toBe('"\\\\\\" OR 1 = 1 OR \\""');
  });
});

describe('Meilisearch sorting', () => {
  it.each([
    ['price_asc', ['priceMinor:asc']],
    ['price_desc', ['priceMinor:desc']],
    ['newest', ['publishedAt:desc']],
    ['relevance', undefined],
  ] as const)('%s → %j', (sort, expected) => {
    expect(sortFor(sort)).toEqual(expected);
  });

  it('moves the sort rule first, whatever the server names its other rules', () => {
    expect(rankingRulesWithSortFirst(['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'])).toEqual([
      'sort',
      'words',
      'typo',
      'proximity',
      'attribute',
      'exactness',
    ]);
    const newer = ['words', 'typo', 'proximity', 'attributeRank', 'sort', 'wordPosition', 'exactness'];
    expect(rankingRulesWithSortFirst(newer)).toEqual(['sort', ...newer.filter((rule) => rule !== 'sort')]);
    expect(rankingRulesWithSortFirst(rankingRulesWithSortFirst(newer))).toEqual(rankingRulesWithSortFirst(newer));
  });
});

describe('Meilisearch query text', () => {
  it('drops the phrase and exclusion operators and keeps the words', () => {
    expect(plainQuery('حوله نخی')).toBe('حوله نخی');
    expect(plainQuery('"leather bag" -wallet')).toBe(' leather bag  wallet');
    expect(plainQuery('--حوله hand-knitted')).toBe('حوله hand-knitted');
  });
});

describe('Meilisearch facets', () => {
  it('maps the facet distribution to categories and provinces', () => {
    expect(
      facetsFrom({ categorySlugs: { towels: 4, textiles: 5 }, provinceCode: { 'IR-21': 2 }, other: { x: 1 } }),
    ).toEqual({ category: { towels: 4, textiles: 5 }, province: { 'IR-21': 2 } });
  });

  it('gives empty counts when there is no distribution', () => {
    expect(facetsFrom(undefined)).toEqual({ category: {}, province: {} });
    expect(facetsFrom({})).toEqual({ category: {}, province: {} });
  });
});

describe('Meilisearch settings', () => {
  const settings = meilisearchSettings(['sort', 'words']);

  it('searches titles before the rest of the text, and filters, facets and sorts the query fields', () => {
    expect(settings.searchableAttributes).toEqual(['titleText', 'text']);
    expect(settings.filterableAttributes).toEqual(
      expect.arrayContaining(['categorySlugs', 'provinceCode', 'sellerId', 'networkId', 'madeToOrder', 'priceMinor']),
    );
    expect(settings.sortableAttributes).toEqual(['priceMinor', 'publishedAt']);
    expect(settings.rankingRules).toEqual(['sort', 'words']);
  });

  it('tolerates typos in short Persian words but not in numbers', () => {
    expect(settings.typoTolerance).toMatchObject({
      enabled: true,
      minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
      disableOnNumbers: true,
    });
  });

  it('tokenises the text as Persian, with room for facets and deep pages', () => {
    expect(settings.localizedAttributes).toEqual([
      { attributePatterns: ['titleText', 'text'], locales: ['pes', 'eng'] },
    ]);
    expect(settings.faceting?.maxValuesPerFacet).toBeGreaterThanOrEqual(100);
    expect(settings.pagination?.maxTotalHits).toBeGreaterThanOrEqual(100_000);
  });

  it('lists synonyms both ways, in normalised spelling', () => {
    const synonyms = settings.synonyms ?? {};
    expect(synonyms['عسل']).toEqual(expect.arrayContaining(['انگبین', 'honey']));
    expect(synonyms['انگبین']).toEqual(expect.arrayContaining(['عسل', 'honey']));
    expect(synonyms['towel']).toEqual(['حوله']);
    expect(synonyms['سوزندوزی']).toEqual(['embroidery']);
    expect(Object.keys(synonyms)).not.toContain('سوزن‌دوزی');
    expect(TRADE_SYNONYMS.length).toBeGreaterThanOrEqual(12);
    for (const [word, others] of Object.entries(synonyms)) {
      expect(normalizeForSearch(word)).toBe(word);
      expect(others).not.toContain(word);
      for (const other of others) expect(synonyms[other]).toContain(word);
    }
  });

  it('merges groups that share a word and normalises Arabic letters', () => {
    expect(synonymsFor([['كيف', 'bag'], ['کیف', 'purse']])).toEqual({
      کیف: ['bag', 'purse'],
      bag: ['کیف'],
      purse: ['کیف'],
    });
  });
});

const meiliHost = process.env.MEILI_HOST;
const meiliApiKey = process.env.MEILI_API_KEY;

// Each run gets its own index, deleted on close, so runs sharing a server do not meet.
async function openMeilisearch() {
  if (!meiliHost) throw new Error('MEILI_HOST is not set');
  const connection = { host: meiliHost, ...(meiliApiKey ? { apiKey: meiliApiKey } : {}) };
  const indexUid = `listings_test_${randomBytes(6).toString('hex')}`;
  return {
    search: createMeilisearchSearch({ ...connection, indexUid }),
    close: async () => {
      await new Meilisearch(connection).deleteIndex(indexUid).waitTask();
    },
  };
}

if (!meiliHost) {
  console.log(
    'Skipping the Meilisearch contract suite: MEILI_HOST is not set ' +
      '(set MEILI_HOST, and MEILI_API_KEY if the server has a key, to run it).',
  );
  // Registered but skipped, so the report counts every contract case as skipped, not passed.
  describe.skip('Meilisearch server (MEILI_HOST is not set)', () => {
    runCatalogSearchContract('meilisearch', openMeilisearch);
  });
} else {
  runCatalogSearchContract('meilisearch', openMeilisearch);
}
