/**
 * Parts of the model that the embed's worker fetches only when a build needs them: code a typical
 * share link never runs (Gateway API admission, What-if events, the DNS root zone, the `yaml`
 * package). In the embed's worker bundle a stand-in replaces each such module (stand-ins.ts lists
 * them; vite.config.ts, `lazyModulesInEmbedWorker`, does it), and the real modules, imported by
 * the part's `*-real.ts` file, become a chunk of their own.
 *
 * The model is synchronous, so a part cannot be fetched in the middle of a build. Instead a
 * stand-in called before its part is loaded throws, and the part is remembered; withLazyParts then
 * loads every part the run missed and runs the work again. The model is pure, so the last run gives
 * exactly what a single run with every part loaded would have given, even if the model caught an
 * earlier run's error.
 */

/** Thrown by a stand-in whose part is not loaded yet. */
export class PartNotLoaded extends Error {
  constructor(readonly part: string) {
    super(`${part} is not loaded yet`);
    this.name = 'PartNotLoaded';
  }
}

export interface LazyPart<M> {
  readonly name: string;
  /** The part's real modules; until they are loaded, throws PartNotLoaded and remembers the miss. */
  real(): M;
  readonly loaded: boolean;
  /** Fetches the part, once (again after a failed fetch). */
  load(): Promise<void>;
}

/** The parts the current run of withLazyParts called before they were loaded. */
const missed = new Set<LazyPart<unknown>>();

export function lazyPart<M>(name: string, fetch: () => Promise<M>): LazyPart<M> {
  let modules: M | undefined;
  let loading: Promise<void> | undefined;
  const part: LazyPart<M> = {
    name,
    real() {
      if (modules !== undefined) return modules;
      missed.add(part);
      throw new PartNotLoaded(name);
    },
    get loaded() {
      return modules !== undefined;
    },
    load() {
      loading ??= fetch().then(
        (loaded) => {
          modules = loaded;
        },
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
  };
  return part;
}

/**
 * `work()`'s answer, with the parts it needed loaded first: a run that called a part before it was
 * loaded (whether the run then failed or not) is thrown away, the parts it missed are loaded, and
 * the work runs again. Each retry loads at least one more part, so the loop ends.
 */
export async function withLazyParts<T>(work: () => T, onRetry: () => void = () => undefined): Promise<T> {
  for (;;) {
    missed.clear();
    let outcome: { readonly ok: true; readonly answer: T } | { readonly ok: false; readonly error: unknown };
    try {
      outcome = { ok: true, answer: work() };
    } catch (error) {
      outcome = { ok: false, error };
    }
    const needed = [...missed];
    if (needed.length === 0) {
      if (outcome.ok) return outcome.answer;
      throw outcome.error;
    }
    onRetry();
    await Promise.all(needed.map((part) => part.load()));
  }
}
