import type { LetzshopOrderPanelQuery } from '../../../gql/graphql';

export type PanelOrder = LetzshopOrderPanelQuery['order'];
export type PanelLine = PanelOrder['lines'][number];

/** How many of a line's units are in this state. */
export const unitsIn = (line: PanelLine, state: string) => line.letzshopUnits.filter((u) => u.state === state).length;

/** The units neither confirmed nor declined, per line: "2 × SOAP-LAV, 1 × MUG-250-WHT". */
export function describeUndecided(lines: PanelLine[]): string {
  return lines
    .map((l) => ({ sku: l.sku, n: unitsIn(l, 'UNCONFIRMED') }))
    .filter((x) => x.n > 0)
    .map((x) => `${x.n} × ${x.sku}`)
    .join(', ');
}
