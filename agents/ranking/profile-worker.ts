// The helper thread of AttributeProfile: the second half of each pass, over the same shared rows and weights.
import { workerData } from "node:worker_threads";
import { serveHalves } from "../workers/half-pass.ts";
import { profilePass } from "./profile.ts";

const d = workerData.data as { offsets: SharedArrayBuffer; ids: SharedArrayBuffer; weight: SharedArrayBuffer; items: SharedArrayBuffer; out: SharedArrayBuffer };
const attrs = { offsets: new Int32Array(d.offsets), ids: new Int32Array(d.ids) };
const weight = new Float32Array(d.weight);
const items = new Int32Array(d.items);
const out = new Float32Array(d.out);
serveHalves((from, to) => profilePass(attrs, weight, items, from, to, out));
