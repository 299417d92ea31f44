/**
 * Everything the CLI needs from its environment, injected so that `run` stays testable: main.ts
 * wires Node's fs and process, tests pass an in-memory implementation.
 */
import type { ManifestSource, ParseCache } from '../model/index.ts';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Rejects when the file cannot be read. Relative paths are relative to `cwd`. */
  readFile(path: string): Promise<string>;
  /** The entries of a directory, or null when the path is not a directory. */
  readDir(path: string): Promise<string[] | null>;
  readStdin(): Promise<string>;
  /** Writes text as UTF-8, bytes as they are; relative paths are relative to `cwd`. */
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  readonly cwd: string;
  /** The simulation's clock (RFC 3339); undefined leaves the model's default clock. */
  readonly now?: string;
  /** Print the stack trace of an internal error (KSE_DEBUG=1). */
  readonly debug?: boolean;
  /**
   * Parses the large `kind: List` files among the sources on other threads (node-io: worker
   * threads), for buildCluster to take as parsed; undefined when none was parsed that way.
   */
  readonly parseLists?: (sources: readonly ManifestSource[]) => Promise<ParseCache | undefined>;
}
