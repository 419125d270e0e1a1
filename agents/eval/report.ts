/**
 * A self-contained HTML report of one evaluation or several side by side: the headline metrics with
 * their 95% intervals and a one-line definition each, the success-by-turn curve with its bootstrap
 * band, the distribution of turns with counts, and the settings of every run in plain text.
 */
import { METRIC_DEFINITIONS, METRIC_HEADS, METRICS } from "./metrics.ts";
import type { EvalSummary } from "./summary.ts";

export interface ReportRun {
  readonly label: string;
  readonly summary: EvalSummary;
}

const COLORS = ["#2a6fdb", "#d9822b", "#2e9e5b", "#8e44ad", "#c0392b", "#16a085", "#7f8c8d", "#b7950b"];

export function htmlReport(title: string, runs: readonly ReportRun[]): string {
  const color = (i: number) => COLORS[i % COLORS.length];
  const metricRows = runs
    .map(({ label, summary: s }, i) => {
      const cells = METRICS.map((m) => `<td>${s[m].toFixed(4)} <span class="ci">[${s.ci95[m][0].toFixed(4)}, ${s.ci95[m][1].toFixed(4)}]</span></td>`).join("");
      return `<tr><th class="run"><span class="key" style="background:${color(i)}"></span>${escape(label)}</th><td>${s.episodes.toLocaleString("en")}</td>${cells}</tr>`;
    })
    .join("");
  const definitions = METRICS.map((m) => `<li>${escape(METRIC_DEFINITIONS[m])}</li>`).join("");
  // One scale for every run's histogram, so bars compare across runs.
  const top = niceMax(Math.max(5, ...runs.flatMap((r) => r.summary.turn_counts)));
  const histograms = runs
    .map(({ label, summary }, i) => `${runs.length > 1 ? `<h3>${escape(label)}</h3>` : ""}${barChart(summary, color(i), top)}`)
    .join("");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:64rem;padding:0 1rem;color:#1d2330}
table{border-collapse:collapse;margin:1rem 0}th,td{padding:.3rem .7rem;border-bottom:1px solid #dde;text-align:left;vertical-align:top}
td{font-variant-numeric:tabular-nums}.ci{color:#667;font-size:13px;white-space:nowrap}.run{white-space:nowrap}.key{display:inline-block;width:.8rem;height:.8rem;border-radius:2px;margin-right:.4rem}
svg{display:block;margin:.5rem 0 1.5rem}.axis{stroke:#889}.grid{stroke:#e6e8ee}.lbl{font-size:12px;fill:#556}.title{font-size:13px;fill:#334}
ul.defs{padding-left:1.2rem;color:#334}h3{font-size:15px;margin:1rem 0 0}
</style></head><body>
<h1>${escape(title)}</h1>
<p>Simulated conversations with a user who knows a target item and answers questions about it (EAR/SCPR/UNICORN protocol).
Values are means over conversations; the bracket is the 95% interval from a seeded bootstrap over conversations.</p>
<table><tr><th>run</th><th>conversations</th>${METRICS.map((m) => `<th>${METRIC_HEADS[m]}</th>`).join("")}</tr>${metricRows}</table>
<ul class="defs">${definitions}</ul>
<h2>Success by turn</h2>
<p>Share of conversations that had recommended the target by each turn; the shaded band is its 95% bootstrap interval.</p>
${curveChart(runs, color)}
<h2>Distribution of turns</h2>
<p>Conversations by the turn at which the target was recommended; the last bar counts the conversations that never found it.</p>
${histograms}
<h2>Settings</h2>
${settingsTable(runs)}
</body></html>
`;
}

const W = 720;
const H = 300;
const LEFT = 64;
const RIGHT = 20;
const TOP = 16;
const BOTTOM = 48;

function frame(xLabel: string, yLabel: string): string {
  const midY = TOP + (H - TOP - BOTTOM) / 2;
  return `<line class="axis" x1="${LEFT}" y1="${H - BOTTOM}" x2="${W - RIGHT}" y2="${H - BOTTOM}"/><line class="axis" x1="${LEFT}" y1="${TOP}" x2="${LEFT}" y2="${H - BOTTOM}"/>
<text class="title" x="${(LEFT + W - RIGHT) / 2}" y="${H - 8}" text-anchor="middle">${escape(xLabel)}</text>
<text class="title" transform="translate(16,${midY}) rotate(-90)" text-anchor="middle">${escape(yLabel)}</text>`;
}

function curveChart(runs: readonly ReportRun[], color: (i: number) => string): string {
  const turns = Math.max(1, ...runs.map((r) => r.summary.success_by_turn.length - 1));
  const x = (t: number) => LEFT + ((W - LEFT - RIGHT) * (t - 0.5)) / turns;
  const y = (v: number) => H - BOTTOM - (H - TOP - BOTTOM) * v;
  const grid = [0, 0.25, 0.5, 0.75, 1]
    .map((v) => `<line class="grid" x1="${LEFT}" y1="${y(v)}" x2="${W - RIGHT}" y2="${y(v)}"/><text class="lbl" x="${LEFT - 6}" y="${y(v) + 4}" text-anchor="end">${v}</text>`)
    .join("");
  const ticks = Array.from({ length: turns }, (_, i) => `<text class="lbl" x="${x(i + 1)}" y="${H - BOTTOM + 16}" text-anchor="middle">${i + 1}</text>`).join("");
  const series = runs
    .map(({ label, summary: s }, i) => {
      const pts = s.success_by_turn.slice(1).map((v, k) => [k + 1, v] as const);
      const line = pts.map(([t, v], k) => `${k ? "L" : "M"}${x(t).toFixed(1)},${y(v).toFixed(1)}`).join("");
      const ci = s.success_by_turn_ci95?.slice(1);
      const band = ci
        ? `<path class="band" d="${ci.map(([lo], k) => `${k ? "L" : "M"}${x(k + 1).toFixed(1)},${y(lo).toFixed(1)}`).join("")}${ci
            .map(([, hi], k) => [k, hi] as const)
            .reverse()
            .map(([k, hi]) => `L${x(k + 1).toFixed(1)},${y(hi).toFixed(1)}`)
            .join("")}Z" fill="${color(i)}" fill-opacity="0.18" stroke="none"/>`
        : "";
      const dots = pts
        .map(([t, v], k) => `<circle cx="${x(t).toFixed(1)}" cy="${y(v).toFixed(1)}" r="3" fill="${color(i)}"><title>${escape(label)}, turn ${t}: ${v.toFixed(4)}${ci ? ` [${ci[k][0].toFixed(4)}, ${ci[k][1].toFixed(4)}]` : ""}</title></circle>`)
        .join("");
      return `${band}<path d="${line}" fill="none" stroke="${color(i)}" stroke-width="2"/>${dots}`;
    })
    .join("");
  const legend =
    runs.length > 1
      ? runs.map(({ label }, i) => `<rect x="${LEFT + 12}" y="${TOP + 6 + 18 * i}" width="12" height="12" fill="${color(i)}"/><text class="lbl" x="${LEFT + 30}" y="${TOP + 16 + 18 * i}">${escape(label)}</text>`).join("")
      : "";
  return `<svg width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="share of conversations succeeded by each turn">
${grid}${frame("turn", "share succeeded by this turn")}${series}${ticks}${legend}</svg>`;
}

function barChart(s: EvalSummary, fill: string, top: number): string {
  const turns = s.turn_counts.length - 1;
  const bars = [...s.turn_counts.slice(1).map((c, i) => [String(i + 1), c] as const), ["failed", s.turn_counts[0]] as const];
  // Whole-number gridlines: quarters of 20, 100, 200…; fifths of 5, 10, 50, 500….
  const step = top % 4 === 0 ? top / 4 : top / 5;
  const bw = (W - LEFT - RIGHT) / bars.length;
  const y = (v: number) => H - BOTTOM - ((H - TOP - BOTTOM - 14) * v) / top;
  const grid = Array.from({ length: Math.round(top / step) + 1 }, (_, k) => k * step)
    .map((v) => `<line class="grid" x1="${LEFT}" y1="${y(v)}" x2="${W - RIGHT}" y2="${y(v)}"/><text class="lbl" x="${LEFT - 6}" y="${y(v) + 4}" text-anchor="end">${v}</text>`)
    .join("");
  const rects = bars
    .map(([t, c], i) => {
      const failed = i === turns;
      const x0 = LEFT + i * bw;
      return `<rect class="bar" x="${(x0 + 2).toFixed(1)}" y="${y(c).toFixed(1)}" width="${(bw - 4).toFixed(1)}" height="${(H - BOTTOM - y(c)).toFixed(1)}" fill="${failed ? "#9aa3b2" : fill}"><title>${failed ? "never found" : `turn ${t}`}: ${c}</title></rect>
<text class="lbl" x="${(x0 + bw / 2).toFixed(1)}" y="${(y(c) - 4).toFixed(1)}" text-anchor="middle">${c}</text>
<text class="lbl" x="${(x0 + bw / 2).toFixed(1)}" y="${H - BOTTOM + 16}" text-anchor="middle">${t}</text>`;
    })
    .join("");
  return `<svg width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="conversations by turn of success">
${grid}${frame("turn at which the target was recommended", "conversations")}${rects}</svg>`;
}

/** A round axis maximum at or above `v` (1, 2 or 5 times a power of ten). */
function niceMax(v: number): number {
  const p = 10 ** Math.floor(Math.log10(v));
  return [1, 2, 5, 10].map((k) => k * p).find((m) => m >= v)!;
}

function settingsTable(runs: readonly ReportRun[]): string {
  const keys = [...new Set(runs.flatMap((r) => Object.keys(r.summary.settings)))];
  const head = runs.length > 1 ? `<tr><th>setting</th>${runs.map((r) => `<th>${escape(r.label)}</th>`).join("")}</tr>` : "";
  const rows = keys
    .map((k) => `<tr><th>${escape(k.replace(/_/g, " "))}</th>${runs.map((r) => `<td>${escape(plain(r.summary.settings[k]))}</td>`).join("")}</tr>`)
    .join("");
  return `<table>${head}${rows}</table>`;
}

/** A setting as a person reads it: no quotes, yes/no, a dash for unset. */
function plain(v: unknown): string {
  if (v === null || v === undefined) return "—";
  if (typeof v === "boolean") return v ? "yes" : "no";
  if (typeof v === "string" || typeof v === "number") return String(v);
  return JSON.stringify(v);
}

function escape(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
}
