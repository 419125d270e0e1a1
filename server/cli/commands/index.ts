import type { Command } from "commander";
import { importCommand } from "./import.ts";
import { serveCommand } from "./serve.ts";
import { nluEvalCommand } from "./nlu-eval.ts";
import { evalCommand } from "./eval.ts";
import { trainPolicyCommand } from "./train-policy.ts";
import { trainCommand } from "./train.ts";
import { evalSeqCommand } from "./eval-seq.ts";
import { evalDialoguesCommand } from "./eval-dialogues.ts";
import { reportCommand } from "./report.ts";
import { understandCommand } from "./understand.ts";

/** Every CLI command registers itself here; one file per command beside this one. */
export function registerCommands(program: Command): void {
  void program;
  importCommand(program);
  serveCommand(program);
  nluEvalCommand(program);
  evalCommand(program);
  trainPolicyCommand(program);
  trainCommand(program);
  evalSeqCommand(program);
  evalDialoguesCommand(program);
  reportCommand(program);
  understandCommand(program);
}
