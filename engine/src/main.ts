import { ConfigError } from './config';
import { launch } from './embedded/launch';

launch().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`CareFlow could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});
