import { parentPort, workerData } from "node:worker_threads";
import type { LeaveOneOut } from "./sequences.ts";
import { runSeqJob, type SeqJobSettings, type SeqModel } from "./seq-job.ts";

/** One eval-seq model on a worker thread: trains and scores it, relays its log lines, returns the result. */
const { name, loo, settings, base } = (workerData as { data: { name: SeqModel; loo: LeaveOneOut; settings: SeqJobSettings; base: Float32Array | null } }).data;
const port = parentPort!;
const result = await runSeqJob(name, loo, settings, base, (message, fields) => port.postMessage({ kind: "log", message, fields }));
port.postMessage({ kind: "done", result });
