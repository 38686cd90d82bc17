import { discardStagingNow, stagingSettled, type OpenStaging } from './staging.js';
import { say } from './lang.js';

export const signalExit = (signal: NodeJS.Signals): number => (signal === 'SIGINT' ? 130 : 143);

/**
 * What Ctrl+C (SIGINT) or a cancelled CI job (SIGTERM) does to a build, by how far it got:
 *
 * - while statements are rendered: the workers stop, this build's temporary files are removed
 *   and the command ends as interrupted (exit 130, or 143 for SIGTERM): nothing was changed;
 * - during the last step, before its commit point (waiting for another build's lock, say): the
 *   build stops there, removes its temporary files and ends as interrupted;
 * - after the commit point: the signal waits until every file is in place. The build is then
 *   complete, and says so: it ends with exit 0, not as interrupted.
 */
export class BuildGuard {
  private phase: 'rendering' | 'committing' | 'committed' = 'rendering';
  private signal: NodeJS.Signals | undefined;
  private stopping = false;
  private readonly onSignal = (signal: NodeJS.Signals): void => void this.interrupted(signal);

  constructor(
    private readonly staging: OpenStaging,
    private readonly stopWriters: () => Promise<void> = async () => undefined,
  ) {
    process.on('SIGINT', this.onSignal);
    process.on('SIGTERM', this.onSignal);
  }

  /** The signal that interrupted the build before its commit point, if any. */
  get cancelledBy(): NodeJS.Signals | undefined {
    return this.phase !== 'committed' ? this.signal : undefined;
  }

  /** A signal that came after the commit point: the build finished anyway. */
  get lateSignal(): NodeJS.Signals | undefined {
    return this.phase === 'committed' ? this.signal : undefined;
  }

  readonly cancelled = (): boolean => this.signal !== undefined && this.phase !== 'committed';

  /** The last step begins: a signal now stops it at its next step, before the commit point. */
  committing(): void {
    this.phase = 'committing';
  }

  /** The commit point is passed. */
  readonly committed = (): void => {
    this.phase = 'committed';
  };

  /** A signal that arrived before the guard was in place, handled as if it came now. */
  deliver(signal: NodeJS.Signals): void {
    void this.interrupted(signal);
  }

  stop(): void {
    process.removeListener('SIGINT', this.onSignal);
    process.removeListener('SIGTERM', this.onSignal);
  }

  private async interrupted(signal: NodeJS.Signals): Promise<void> {
    this.signal ??= signal;
    if (this.phase !== 'rendering' || this.stopping) return;
    this.stopping = true;
    // The processes still rendering stop first, so that none stages a file after the clean-up.
    await this.stopWriters().catch(() => undefined);
    await new Promise((resolve) => setImmediate(resolve));
    // Files this process is still writing are awaited: from the last await to the exit nothing
    // else runs, so no file can appear after the clean-up.
    await stagingSettled();
    // The last step may have begun meanwhile: it then stops (or finishes) on its own.
    if (this.phase !== 'rendering') return;
    discardStagingNow(this.staging);
    process.stderr.write(`privacy-statement: ${say('output.interrupted', { signal })}\n`);
    process.exit(signalExit(signal));
  }
}
