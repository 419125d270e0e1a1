import { Command, CommanderError } from "commander";
import { CliError } from "./output.ts";
import { registerCommands } from "./commands/index.ts";

const program = new Command()
  .name("pathwise")
  .description("Conversational recommender: import data, train, evaluate with simulated users, serve.")
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
