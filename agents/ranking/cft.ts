/**
 * Counterfactual fine-tuning (Zhang et al. 2024, arXiv 2410.22809) adapted to SASRec; see docs/cft.md.
 * Loss per trained position: CE(z_f) + λ·w·CE(z_f − z_cf), where z_cf are the logits of the same position
 * with the behaviour history masked out, and w decays linearly from 1 (the full window of history before
 * the position) to β (no history before it).
 */
export interface CftConfig {
  readonly lambda: number;
  readonly beta: number;
  /**
   * `masked` (default): every item of the window masked, positions kept; the term trains at every position.
   * `last-item`: the history masked but the position's own input (the most recent item) kept, trained at each
   * window's last position only (one extra window per window); the effect is what history beyond the last item adds.
   */
  readonly counterfactual?: "masked" | "last-item";
}

export const CFT_DEFAULTS: CftConfig = { lambda: 0.1, beta: 0.25 };

/** Weight of the counterfactual term for a position that sees `history` earlier items in a window of L. */
export function cftWeight(c: CftConfig, history: number, L: number): number {
  const f = L > 1 ? Math.min(1, history / (L - 1)) : 1;
  return c.beta + (1 - c.beta) * f;
}
