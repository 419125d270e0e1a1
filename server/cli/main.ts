import { Command, CommanderError, Option } from "commander";
import { CliError, configureLog } from "./output.ts";
import { LOG_FORMATS } from "../log.ts";
import { registerCommands } from "./commands/index.ts";

const program = new Command()
  .name("pathwise")
  .description("Conversational recommender: import data, train, evaluate with simulated users, serve.")
  .addOption(new Option("--log-format <format>", "logs on stderr: pretty (short lines), or json (default: pretty on a terminal, else json) [PATHWISE_LOG_FORMAT]").choices(LOG_FORMATS))
  .hook("preAction", (root: Command) => configureLog(root.opts().logFormat))
  .showHelpAfterError()
  .exitOverride();

registerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) process.exit(err.exitCode);
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`pathwise: ${message.split("\n")[0]}\n`);
  if (!(err instanceof CliError) && process.env.PATHWISE_DEBUG) process.stderr.write(`${(err as Error).stack}\n`);
  process.exit(1);
}
