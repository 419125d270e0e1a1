// Worker threads start outside tsx's loader: register it, then load the TypeScript entry named by the spawner.
import { register } from "tsx/esm/api";
import { workerData } from "node:worker_threads";

register();
await import(workerData.entry);
