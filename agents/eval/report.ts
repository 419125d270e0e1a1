import type { Metrics } from "./metrics.ts";

/** A self-contained HTML report: headline metrics, success-by-turn curve, distribution of turns. */
export function htmlReport(title: string, m: Metrics, settings: Readonly<Record<string, unknown>>): string {
  const pct = (x: number) => (100 * x).toFixed(1);
  const rows = (
    [
      ["SR@5", m.sr5, m.ci95.sr5],
      ["SR@10", m.sr10, m.ci95.sr10],
      ["SR@15", m.sr15, m.ci95.sr15],
      ["AT", m.at, m.ci95.at],
      ["hDCG", m.hdcg, m.ci95.hdcg],
    ] as const
  )
    .map(([k, v, [lo, hi]]) => `<tr><th>${k}</th><td>${v.toFixed(4)}</td><td>[${lo.toFixed(4)}, ${hi.toFixed(4)}]</td></tr>`)
    .join("");
  const settingRows = Object.entries(settings)
    .map(([k, v]) => `<tr><th>${escape(k)}</th><td colspan="2">${escape(JSON.stringify(v))}</td></tr>`)
    .join("");
  const turns = m.successByTurn.length - 1;
  const curve = lineChart(
    m.successByTurn.slice(1).map((y, i) => [i + 1, y] as const),
    { xLabel: "turn", yLabel: "share of conversations succeeded by this turn", yMax: 1 },
  );
  const counts = m.turnCounts.map((c, t) => [t, c] as const).slice(1);
  const bars = barChart([...counts, [turns + 1, m.turnCounts[0]] as const], {
    xLabel: `turn of success (last bar: failures, ${pct(m.turnCounts[0] / Math.max(1, m.episodes))}%)`,
    failIndex: turns + 1,
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:58rem;color:#1d2330}
table{border-collapse:collapse;margin:1rem 0}th,td{padding:.25rem .8rem;border-bottom:1px solid #dde;text-align:left}
td{font-variant-numeric:tabular-nums}svg{display:block;margin:1rem 0}.axis{stroke:#889}.lbl{font-size:12px;fill:#556}
</style></head><body>
<h1>${escape(title)}</h1>
<p>${m.episodes.toLocaleString("en")} simulated conversations; 95% intervals from a seeded bootstrap over conversations.</p>
<table><tr><th>metric</th><th>value</th><th>95% interval</th></tr>${rows}</table>
<h2>Success by turn</h2>${curve}
<h2>Distribution of turns</h2>${bars}
<h2>Settings</h2><table>${settingRows}</table>
</body></html>
`;
}

const W = 640;
const H = 260;
const PAD = 44;

function lineChart(points: readonly (readonly [number, number])[], o: { xLabel: string; yLabel: string; yMax: number }): string {
  const xMax = points.length ? points[points.length - 1][0] : 1;
  const x = (v: number) => PAD + ((W - 2 * PAD) * v) / xMax;
  const y = (v: number) => H - PAD - ((H - 2 * PAD) * v) / o.yMax;
  const path = points.map(([a, b], i) => `${i ? "L" : "M"}${x(a).toFixed(1)},${y(b).toFixed(1)}`).join("");
  const ticks = points
    .map(([a]) => `<text class="lbl" x="${x(a)}" y="${H - PAD + 16}" text-anchor="middle">${a}</text>`)
    .join("");
  const yTicks = [0, 0.25, 0.5, 0.75, 1]
    .map((v) => `<text class="lbl" x="${PAD - 6}" y="${y(v * o.yMax) + 4}" text-anchor="end">${v * o.yMax}</text>`)
    .join("");
  const dots = points.map(([a, b]) => `<circle cx="${x(a)}" cy="${y(b)}" r="3" fill="#2a6fdb"><title>turn ${a}: ${b.toFixed(4)}</title></circle>`).join("");
  return `<svg width="${W}" height="${H}" role="img" aria-label="${escape(o.yLabel)}">
<line class="axis" x1="${PAD}" y1="${H - PAD}" x2="${W - PAD}" y2="${H - PAD}"/><line class="axis" x1="${PAD}" y1="${PAD}" x2="${PAD}" y2="${H - PAD}"/>
<path d="${path}" fill="none" stroke="#2a6fdb" stroke-width="2"/>${dots}${ticks}${yTicks}
<text class="lbl" x="${W / 2}" y="${H - 6}" text-anchor="middle">${escape(o.xLabel)}</text></svg>`;
}

function barChart(bars: readonly (readonly [number, number])[], o: { xLabel: string; failIndex: number }): string {
  const max = Math.max(1, ...bars.map(([, c]) => c));
  const bw = (W - 2 * PAD) / bars.length;
  const rects = bars
    .map(([t, c], i) => {
      const h = ((H - 2 * PAD) * c) / max;
      const fill = t === o.failIndex ? "#c0392b" : "#2a6fdb";
      const label = t === o.failIndex ? "failed" : `turn ${t}`;
      return `<rect x="${PAD + i * bw + 2}" y="${H - PAD - h}" width="${bw - 4}" height="${h}" fill="${fill}"><title>${label}: ${c}</title></rect>
<text class="lbl" x="${PAD + i * bw + bw / 2}" y="${H - PAD + 16}" text-anchor="middle">${t === o.failIndex ? "fail" : t}</text>`;
    })
    .join("");
  return `<svg width="${W}" height="${H}" role="img" aria-label="conversations by turn of success">
<line class="axis" x1="${PAD}" y1="${H - PAD}" x2="${W - PAD}" y2="${H - PAD}"/>${rects}
<text class="lbl" x="${W / 2}" y="${H - 6}" text-anchor="middle">${escape(o.xLabel)}</text></svg>`;
}

function escape(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
}
