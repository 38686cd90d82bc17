// The CLI tests run the bundled CLI, as users do: build it once before the tests.
import { bundle } from '../build.config.mjs';

export default async function setup(): Promise<void> {
  await bundle({ quiet: true });
}
