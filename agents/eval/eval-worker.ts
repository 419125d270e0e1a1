import { parentPort, workerData } from "node:worker_threads";
import { loadGraph } from "../../graph/workspace.ts";
import { loadPreference } from "../ranking/preference-store.ts";
import { loadSequencePrior } from "../ranking/sequence-prior.ts";
import { evalContext, evalPairs, runEpisodes } from "./episodes.ts";
import type { EvalSettings } from "./settings.ts";

/** One evaluation worker: loads the workspace and its models once, plays every `stride`-th episode from `first`. */
const { settings, first, stride } = (workerData as { data: { settings: EvalSettings; first: number; stride: number } }).data;
const port = parentPort!;
const g = loadGraph(settings.data);
const model = loadPreference(settings.data);
if (!model) throw new Error(`${settings.data}: no preference model; the main thread trains it before starting workers`);
const priors = loadSequencePrior(settings.data, g, settings.seqWeight ?? 0);
const pairs = evalPairs(g, settings);
const out = { turn: new Int8Array(pairs.user.length), rank: new Int8Array(pairs.user.length) };
runEpisodes(evalContext(g, model, settings, priors), pairs, settings, first, stride, out, priors, (n) => port.postMessage({ kind: "progress", n }));
port.postMessage({ kind: "done", turn: out.turn, rank: out.rank }, [out.turn.buffer, out.rank.buffer]);
