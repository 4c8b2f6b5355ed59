/** A trade as /v1/categories gives it: only what the facets need. */
export interface CategoryNode {
  slug: string;
  name: string;
  children: readonly CategoryNode[];
}

export interface CategoryFacet {
  slug: string;
  name: string;
  count: number;
  selected: boolean;
  children: CategoryFacet[];
}

/**
 * The trade tree of the search sidebar: the trades the results fall in, with how many of them each
 * holds (a parent counts its children's too, as the API counts them), in the catalogue's order.
 * The chosen trade and its parents stay even when nothing matches, so the choice can be seen and undone.
 */
export function categoryFacets(tree: readonly CategoryNode[], counts: Readonly<Record<string, number>>, selected: string | null): CategoryFacet[] {
  const keep = new Set(selected ? (categoryPath(tree, selected)?.map((node) => node.slug) ?? []) : []);
  const build = (nodes: readonly CategoryNode[]): CategoryFacet[] =>
    nodes.flatMap((node) => {
      const count = counts[node.slug] ?? 0;
      if (count === 0 && !keep.has(node.slug)) return [];
      return [{ slug: node.slug, name: node.name, count, selected: node.slug === selected, children: build(node.children) }];
    });
  return build(tree);
}

/** The trade with this slug and its parents, outermost first; null when the catalogue has no such trade. */
export function categoryPath<T extends CategoryNode>(tree: readonly T[], slug: string): T[] | null {
  for (const node of tree) {
    if (node.slug === slug) return [node];
    const below = categoryPath(node.children as readonly T[], slug);
    if (below) return [node, ...below];
  }
  return null;
}

export interface ProvinceNode {
  code: string;
  name: string;
}

export interface ProvinceFacet extends ProvinceNode {
  count: number;
  selected: boolean;
}

/** Provinces that have results, most first (ties in the catalogue's order), and the chosen one whatever its count. */
export function provinceFacets(provinces: readonly ProvinceNode[], counts: Readonly<Record<string, number>>, selected: string | null): ProvinceFacet[] {
  return provinces
    .map((province) => ({ code: province.code, name: province.name, count: counts[province.code] ?? 0, selected: province.code === selected }))
    .filter((facet) => facet.count > 0 || facet.selected)
    .sort((a, b) => b.count - a.count);
}
