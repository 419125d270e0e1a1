/**
 * The widget's look. Hosts theme it through these custom properties (set them on `pathwise-chat`):
 * --pw-accent, --pw-accent-text, --pw-bg, --pw-surface, --pw-text, --pw-muted, --pw-border,
 * --pw-radius, --pw-font, --pw-height.
 */
export const styles = `
:host{
  --a:var(--pw-accent,#4f46e5);--at:var(--pw-accent-text,#fff);--bg:var(--pw-bg,#fff);
  --sf:var(--pw-surface,#f4f4f7);--tx:var(--pw-text,#1c1c28);--mu:var(--pw-muted,#6b6b7b);
  --bd:var(--pw-border,#e3e3ea);--r:var(--pw-radius,14px);
  display:block;height:var(--pw-height,600px);max-width:100%;color:var(--tx);
  font:15px/1.45 var(--pw-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);
}
@media (prefers-color-scheme:dark){:host{
  --bg:var(--pw-bg,#17171f);--sf:var(--pw-surface,#23232e);--tx:var(--pw-text,#ececf3);
  --mu:var(--pw-muted,#a0a0b2);--bd:var(--pw-border,#32323f);--a:var(--pw-accent,#8b84ff);--at:var(--pw-accent-text,#0d0d14)}}
*{box-sizing:border-box}
[hidden]{display:none!important}
.panel{display:flex;flex-direction:column;height:100%;background:var(--bg);border:1px solid var(--bd);
  border-radius:var(--r);overflow:hidden;box-shadow:0 8px 30px rgb(20 20 40/.08)}
header{display:flex;align-items:center;gap:10px;padding:12px 14px;border-bottom:1px solid var(--bd)}
header h2{flex:1;margin:0;font-size:16px;font-weight:650;letter-spacing:-.01em}
.dot{width:8px;height:8px;border-radius:50%;background:#d9a21b;flex:none}
.dot.open{background:#22a06b}
.dot.unreachable{background:#c8372d}
.state{font-size:12px;color:var(--mu)}
button{font:inherit;color:inherit;cursor:pointer}
button:disabled{cursor:default}
:focus-visible{outline:2px solid var(--a);outline-offset:2px}
.icon{display:inline-grid;place-items:center;width:32px;height:32px;padding:0;border:0;border-radius:50%;
  background:none;color:var(--mu)}
.icon:hover{background:var(--sf);color:var(--tx)}
.icon svg{width:18px;height:18px;fill:currentColor}
.icon[aria-pressed=true]{color:var(--a);background:color-mix(in srgb,var(--a) 12%,transparent)}
.log{position:relative;flex:1;overflow-y:auto;padding:16px 14px;display:flex;flex-direction:column;gap:10px;margin:0;list-style:none}
.msg{max-width:85%;padding:9px 13px;border-radius:var(--r);white-space:pre-wrap;overflow-wrap:anywhere}
.sys{align-self:flex-start;background:var(--sf);border-bottom-left-radius:4px}
.explanation{font-size:.93em}
.user{align-self:flex-end;background:var(--a);color:var(--at);border-bottom-right-radius:4px}
.user.queued{opacity:.7}
.user.queued::after{content:"Waiting to send";display:block;font-size:12px}
.note{align-self:center;font-size:13px;color:var(--mu)}
.note.err{color:#c8372d}
.turn{display:flex;flex-direction:column;gap:8px;align-items:flex-start}
.streaming::after{content:"";display:inline-block;width:7px;height:1em;margin-left:2px;vertical-align:-2px;
  background:currentColor;opacity:.5;animation:blink 1s steps(2) infinite}
@keyframes blink{50%{opacity:0}}
.typing{align-self:flex-start;display:flex;gap:4px;padding:12px 14px;background:var(--sf);border-radius:var(--r)}
.typing span{width:7px;height:7px;border-radius:50%;background:var(--mu);animation:bounce 1.2s infinite}
.typing span:nth-child(2){animation-delay:.15s}.typing span:nth-child(3){animation-delay:.3s}
@keyframes bounce{0%,60%,100%{transform:none;opacity:.5}30%{transform:translateY(-4px);opacity:1}}
@media (prefers-reduced-motion:reduce){.typing span,.streaming::after{animation:none}}
.chips{display:flex;flex-wrap:wrap;gap:6px}
.understood{display:flex;flex-wrap:wrap;justify-content:flex-end;gap:4px;margin-top:-4px}
.took{display:inline-flex;align-items:center;gap:2px;padding:1px 4px 1px 9px;font-size:12px;border-radius:999px;
background:color-mix(in srgb,var(--a) 10%,var(--bg));border:1px solid color-mix(in srgb,var(--a) 30%,var(--bd))}
.took.item{padding-right:9px}
.took .x{border:0;background:none;color:inherit;font:inherit;font-size:14px;line-height:1;padding:2px 5px;cursor:pointer;border-radius:999px}
.took .x:hover:not(:disabled){background:color-mix(in srgb,var(--a) 20%,var(--bg))}
.chip{padding:6px 13px;border:1px solid color-mix(in srgb,var(--a) 45%,var(--bd));border-radius:999px;
  background:var(--bg);color:var(--a);font-size:14px;font-weight:550}
.chip:hover:not(:disabled){background:color-mix(in srgb,var(--a) 9%,var(--bg))}
.chip.primary,.chip.chosen:not([aria-pressed]){background:var(--a);border-color:var(--a);color:var(--at)}
.chip[aria-pressed=true]{background:color-mix(in srgb,var(--a) 14%,var(--bg));border-color:var(--a)}
.chip[aria-pressed=true]::before{content:"✓ "}
.chip:disabled{opacity:.45}
.chip.chosen:disabled{opacity:1}
.past .card:not(.picked){opacity:.75}
.cards{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:10px;width:100%}
.card{border:1px solid var(--bd);border-radius:var(--r);padding:12px 14px;background:var(--bg);
  box-shadow:0 1px 3px rgb(20 20 40/.06)}
.card-head{display:flex;align-items:center;gap:10px}
.card h3{margin:0;font-size:15px;font-weight:650}
.rank{display:inline-grid;place-items:center;min-width:24px;height:24px;border-radius:8px;font-size:12px;
  font-weight:700;background:color-mix(in srgb,var(--a) 12%,transparent);color:var(--a)}
.rate{display:flex;align-items:center}
.title{flex:1;min-width:0}
.rated{display:block;font-size:12.5px;font-weight:600;color:var(--a)}
.rated:empty{display:none}
.picked{border-color:var(--a);box-shadow:0 0 0 1px var(--a)}
.attrs{list-style:none;display:flex;flex-wrap:wrap;gap:5px;margin:8px 0 0;padding:0}
.attr{display:inline-flex;align-items:center;gap:4px;padding:3px 10px;border:1px solid color-mix(in srgb,var(--a) 30%,var(--bd));
  border-radius:8px;background:var(--bg);font-size:13px;color:var(--tx);box-shadow:0 1px 1px rgb(20 20 40/.06)}
.attr::after{content:"";width:5px;height:5px;margin:0 1px 3px 2px;border:solid var(--mu);border-width:0 1.5px 1.5px 0;transform:rotate(45deg)}
.attr:hover:not(:disabled){background:color-mix(in srgb,var(--a) 8%,var(--bg))}
.attr:hover:not(:disabled),.attr[aria-expanded=true]{border-color:var(--a);color:var(--a)}
.attr:disabled{border-color:var(--bd);box-shadow:none}
.attr:disabled::after{display:none}
.attr[aria-expanded=true]::after{margin-bottom:-2px;border-color:var(--a);transform:rotate(-135deg)}
.critique{display:flex;align-items:center;gap:8px;flex-wrap:wrap;margin-top:8px;padding:8px 10px;
  border-radius:10px;background:var(--sf)}
.crit-label{font-size:13px;font-weight:600}
.critique .chip{padding:3px 11px;font-size:13px}
.just{margin:8px 0 0;font-size:14px;color:color-mix(in srgb,var(--tx) 85%,var(--mu))}
.card-foot{display:flex;align-items:center;justify-content:space-between;gap:8px;margin-top:8px}
.pick{margin-left:auto;padding:4px 12px;font-size:13px}
.cards:focus{outline:0}
.cards:focus-visible{outline:2px solid var(--a);outline-offset:4px;border-radius:var(--r)}
.link{padding:0;border:0;background:none;color:var(--a);font-size:13px;font-weight:600}
.link:hover{text-decoration:underline}
.link::after{content:"▾";margin-left:5px;font-size:11px}
.link[aria-expanded=true]::after{content:"▴"}
.path{margin:6px 0 0;padding:9px 12px;list-style:none;font-size:13px;border-radius:10px;background:var(--sf)}
.path li{position:relative;padding:1px 0 3px 18px}
.path li::before{content:"";position:absolute;left:1px;top:.5em;width:7px;height:7px;border-radius:50%;background:var(--a)}
.path li:not(:last-child)::after{content:"";position:absolute;left:4px;top:1.1em;bottom:-.45em;width:1px;background:color-mix(in srgb,var(--a) 40%,transparent)}
.rel{color:var(--mu)}
.path strong{font-weight:600}
.banner{margin:0;padding:8px 14px;font-size:13px;background:color-mix(in srgb,#c8372d 10%,var(--bg));color:#b3261e;
  border-top:1px solid var(--bd)}
@media (prefers-color-scheme:dark){.banner{color:#ff9b93}}
form{display:flex;gap:8px;padding:10px 12px;border-top:1px solid var(--bd)}
.again{flex:1;padding:9px;display:none}
.ended .again{display:block}
.ended input,.ended .send{display:none}
input{flex:1;min-width:0;padding:9px 14px;border:1px solid var(--bd);border-radius:999px;background:var(--bg);
  color:var(--tx);font:inherit}
input:focus-visible{outline:0;border-color:var(--a);box-shadow:0 0 0 3px color-mix(in srgb,var(--a) 22%,transparent)}
.send{width:40px;height:40px;padding:0;border:0;border-radius:50%;display:grid;place-items:center;background:var(--a);color:var(--at)}
.send svg{width:18px;height:18px;fill:currentColor}
.send:disabled{opacity:.45}
@media (max-width:480px),(pointer:coarse){
  .chip,.attr,.link,.icon,.send,.again,input{min-height:44px}
  .chip,.attr,.link{min-width:44px}
  .took .x{min-width:44px;min-height:44px}
  .icon,.send{min-width:44px}
  .link{padding:0 6px}
  .attrs{gap:6px}
}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;
