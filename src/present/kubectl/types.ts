/**
 * The kubectl terminal's contract: one command line in, kubectl's output and the runtime events it
 * causes out. The caller applies the events to the cluster afterwards.
 */
import type { RuntimeEvent } from '../../model/index.ts';

export interface KubectlContext {
  /** The editor's text: what `kubectl apply -f ANYFILE` applies. */
  readonly manifest?: string;
}

export interface PortForward {
  /** `namespace/name` of the Service, or of the Pod for `port-forward pod/NAME`. */
  readonly service: string;
  readonly servicePort: number;
  readonly localPort: number;
  /** `namespace/name` of the one Pod that receives every forwarded connection. */
  readonly pod: string;
  readonly podPort: number;
}

export interface KubectlResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
  /** Runtime events the command causes (scale, delete pod, label pod, cordon/uncordon, drain). */
  readonly events: readonly RuntimeEvent[];
  readonly portForward?: PortForward;
  /** What the simulation adds to kubectl's own words: why an answer looks as it does, or what it cannot show. */
  readonly note?: string;
}

/** Success with stdout, optionally with events and more. */
export function ok(stdout: string, extra: Partial<KubectlResult> = {}): KubectlResult {
  return { stdout, stderr: '', exitCode: 0, events: [], ...extra };
}

/** Failure: `message` goes to stderr as it is, newline-terminated. */
export function fail(message: string, extra: Partial<KubectlResult> = {}): KubectlResult {
  return { stdout: '', stderr: message.endsWith('\n') ? message : `${message}\n`, exitCode: 1, events: [], ...extra };
}

/** `error: ...` followed by the usage hint kubectl prints for argument mistakes. */
export function usageError(command: string, message: string): KubectlResult {
  return fail(`error: ${message}\nSee 'kubectl ${command} -h' for help and examples`);
}
