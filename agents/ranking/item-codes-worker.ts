// The helper thread of ItemCodes: the second half of each pass, over the same shared codes.
import { workerData } from "node:worker_threads";
import { serveHalves } from "../workers/half-pass.ts";
import { codesKernel, type CodesLayout } from "./item-codes.ts";

const { memory, at } = workerData.data as { memory: WebAssembly.Memory; at: CodesLayout };
const kernel = codesKernel(memory);
serveHalves((from, to, args) => kernel(at.codes, at.stride, at.scale, at.bias, at.q, args[0], at.items + 4 * from, to - from, at.out + 4 * from));
