import type { Interactions } from "../types.ts";
import { firstConflict, sortedOrder, sortInteractions, type InteractionColumns } from "../interactions.ts";
import { ImportError } from "./errors.ts";

/**
 * The rows of `file` in the contract's order, refusing two rows that give one user the same item at
 * the same time with different ratings (which one holds is unknowable); the later row is named.
 */
export function sortRefusingConflicts(cols: InteractionColumns, file: string): Interactions {
  const order = sortedOrder(cols);
  const conflict = firstConflict(cols, order);
  if (conflict) {
    const line = cols.line.view();
    const [first, second] = conflict;
    throw new ImportError(
      file,
      line[second],
      "rating",
      `${cols.rating.data[second]} conflicts with ${cols.rating.data[first]} on line ${line[first]} for the same user, item and timestamp`,
    );
  }
  return sortInteractions(cols, order);
}
