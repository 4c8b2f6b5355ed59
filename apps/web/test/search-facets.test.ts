import { describe, expect, it } from 'vitest';
import { moveActive, suggestQuery } from '../app/lib/combobox.ts';
import { categoryFacets, categoryPath, provinceFacets, type CategoryNode } from '../app/lib/search-facets.ts';
import { suggestionsOf } from '../app/lib/suggestion.ts';

const tree: CategoryNode[] = [
  {
    slug: 'textiles',
    name: 'منسوجات',
    children: [
      { slug: 'towels', name: 'حوله‌بافی', children: [] },
      { slug: 'knitting', name: 'بافتنی', children: [] },
    ],
  },
  { slug: 'leather', name: 'چرم‌دوزی', children: [] },
  { slug: 'food', name: 'خوراکی خانگی', children: [{ slug: 'pickles', name: 'ترشی و شور', children: [] }] },
];

describe('categoryFacets', () => {
  it('keeps the trades with results, parents with their children, in the catalogue’s order', () => {
    expect(categoryFacets(tree, { pickles: 1, food: 1, textiles: 3, towels: 3 }, null)).toEqual([
      { slug: 'textiles', name: 'منسوجات', count: 3, selected: false, children: [{ slug: 'towels', name: 'حوله‌بافی', count: 3, selected: false, children: [] }] },
      { slug: 'food', name: 'خوراکی خانگی', count: 1, selected: false, children: [{ slug: 'pickles', name: 'ترشی و شور', count: 1, selected: false, children: [] }] },
    ]);
  });

  it('marks the chosen trade and keeps it, and its parents, even with nothing in them', () => {
    const facets = categoryFacets(tree, { leather: 2 }, 'knitting');
    expect(facets.map((facet) => facet.slug)).toEqual(['textiles', 'leather']);
    expect(facets[0]).toMatchObject({ count: 0, selected: false, children: [{ slug: 'knitting', count: 0, selected: true }] });
  });

  it('shows nothing for no results, and ignores a chosen trade the catalogue does not have', () => {
    expect(categoryFacets(tree, {}, null)).toEqual([]);
    expect(categoryFacets(tree, {}, 'no-such-trade')).toEqual([]);
    expect(categoryFacets([], { towels: 2 }, 'towels')).toEqual([]);
  });
});

describe('categoryPath', () => {
  it('finds a trade with its parents, outermost first', () => {
    expect(categoryPath(tree, 'pickles')?.map((node) => node.slug)).toEqual(['food', 'pickles']);
    expect(categoryPath(tree, 'leather')?.map((node) => node.slug)).toEqual(['leather']);
    expect(categoryPath(tree, 'nope')).toBeNull();
  });
});

describe('provinceFacets', () => {
  const provinces = [
    { code: 'IR-01', name: 'گیلان' },
    { code: 'IR-10', name: 'اصفهان' },
    { code: 'IR-21', name: 'یزد' },
    { code: 'IR-23', name: 'تهران' },
  ];

  it('lists provinces with results, most first, ties in the catalogue’s order', () => {
    expect(provinceFacets(provinces, { 'IR-21': 1, 'IR-10': 4, 'IR-23': 1, 'IR-01': 0 }, null)).toEqual([
      { code: 'IR-10', name: 'اصفهان', count: 4, selected: false },
      { code: 'IR-21', name: 'یزد', count: 1, selected: false },
      { code: 'IR-23', name: 'تهران', count: 1, selected: false },
    ]);
  });

  it('keeps the chosen province whatever its count', () => {
    expect(provinceFacets(provinces, { 'IR-10': 2 }, 'IR-01')).toEqual([
      { code: 'IR-10', name: 'اصفهان', count: 2, selected: false },
      { code: 'IR-01', name: 'گیلان', count: 0, selected: true },
    ]);
  });
});

describe('the header box’s suggestions', () => {
  it('moves through the options with the arrow keys, wrapping at either end', () => {
    expect(moveActive(-1, 3, 'next')).toBe(0);
    expect(moveActive(0, 3, 'next')).toBe(1);
    expect(moveActive(2, 3, 'next')).toBe(0);
    expect(moveActive(-1, 3, 'previous')).toBe(2);
    expect(moveActive(0, 3, 'previous')).toBe(2);
    expect(moveActive(2, 3, 'previous')).toBe(1);
    expect(moveActive(-1, 0, 'next')).toBe(-1);
  });

  it('asks for suggestions only once there are two letters', () => {
    expect(suggestQuery('')).toBeNull();
    expect(suggestQuery(' ح ')).toBeNull();
    expect(suggestQuery('حو')).toBe('حو');
    expect(suggestQuery('  حوله   نخي ')).toBe('حوله نخي');
  });

  it('reads the suggestions route’s answer, and nothing from anything else', () => {
    expect(suggestionsOf({ items: [{ id: 'a', title: 'حوله', lang: 'fa' }, { id: 'b' }] })).toEqual([{ id: 'a', title: 'حوله', lang: 'fa' }]);
    expect(suggestionsOf(null)).toEqual([]);
    expect(suggestionsOf('<html>')).toEqual([]);
    expect(suggestionsOf({ items: 'x' })).toEqual([]);
  });
});
