import { parentPort, workerData } from "node:worker_threads";
import { loadGraph } from "../../graph/workspace.ts";
import { scaleDefaults, VARIANTS } from "./preference-store.ts";
import { validationAuc } from "./preference-select.ts";
import { trainPreference } from "./preference-train.ts";

/** Trains one variant of the preference model on a worker thread; relays progress, returns the vectors and the validation AUC. */
const { workspace, variant } = (workerData as { data: { workspace: string; variant: string } }).data;
const port = parentPort!;
const log = (message: string, fields?: Record<string, unknown>) => port.postMessage({ kind: "log", message, fields });
const g = loadGraph(workspace);
const model = trainPreference(g, {
  ...scaleDefaults(g),
  ...VARIANTS[variant],
  onEpoch: (epoch, loss, validAuc) => log(`preference ${variant} epoch ${epoch}`, { loss, ...(validAuc === undefined ? {} : { validAuc }) }),
  onSteps: (epoch, done, total) => log(`preference ${variant} epoch ${epoch}: ${done.toLocaleString("en")} of ${total.toLocaleString("en")} pairs`),
});
const auc = validationAuc(g, model);
port.postMessage({ kind: "done", model, auc }, [model.user.buffer, model.item.buffer, model.itemBias.buffer, model.attr.buffer] as ArrayBuffer[]);
