/** How a network's retail orders reach a member: its leader gives each (`manual`), or the routing rule picks one at payment (`automatic`, see assignFulfilment). */
export const networkRoutings = ['manual', 'automatic'] as const;
export type NetworkRouting = (typeof networkRoutings)[number];
