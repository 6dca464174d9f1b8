/**
 * Page geometry and type sizes shared by the sections of the printed contract.
 */

/** A4 in points, and the margins around the text. */
export const PAGE = { width: 595.28, height: 841.89, margin: 50 } as const;

/** The width between the left and right margins. */
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

/**
 * The full-cost box: a square in the top right corner of the first page, a little over 5% of the
 * page's area, as the law on consumer credit asks.
 */
export const COST_BOX = { size: 170, gap: 14 } as const;

/** Font sizes. */
export const TYPE = { title: 13, heading: 11, body: 9, table: 8, small: 7, costValue: 14 } as const;
