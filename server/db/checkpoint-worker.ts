/**
 * The WAL checkpointer's thread: its own connection to the conversation database, copying committed
 * WAL frames into the database file (and syncing it) on a timer, so the serving thread's commits
 * stay plain WAL appends. PASSIVE never waits on writers or readers; a busy round is simply retried.
 */
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";

const { file, everyMs } = (workerData as { data: { file: string; everyMs: number } }).data;
const db = new Database(file);
db.pragma("busy_timeout = 1000");
const checkpoint = () => {
  try {
    db.pragma("wal_checkpoint(PASSIVE)");
  } catch {
    // Busy (another process checkpointing) or the file going away at shutdown: the next round retries.
  }
};
const timer = setInterval(checkpoint, everyMs);
parentPort!.on("message", (m: string) => {
  if (m !== "stop") return;
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort!.postMessage("stopped");
});
