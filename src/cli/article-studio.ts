import { processIo } from './cli-io';
import { runCli } from './run-cli';

const result = await runCli(process.argv.slice(2), processIo);
if (result.stop) {
  const stop = result.stop;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void stop().then(() => process.exit(0)));
  }
} else {
  process.exitCode = result.exitCode;
}
