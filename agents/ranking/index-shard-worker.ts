import { parentPort, workerData } from "node:worker_threads";
import { buildShard, type ShardJob } from "./index-shard.ts";

/** Builds one shard of an item index on a worker thread and writes it to the file named by the spawner. */
const job = (workerData as { data: ShardJob & { file: string } }).data;
buildShard(job).writeIndexSync(job.file);
parentPort!.postMessage("done");
