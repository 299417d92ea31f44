/**
 * The troubleshooting findings (src/model/diagnose), left out of the embed's worker: they become
 * diagnostics of the cluster, which the explorer lists and `kse check` prints, but the embed only
 * draws, and its drawing reads no diagnostic (stand-ins.test.ts draws every example both ways).
 * Leaving them out saves about a twelfth of the embed's download. In the embed's worker this
 * module stands in for src/model/diagnose/index.ts (stand-ins.ts); it fetches nothing.
 */
import type * as Diagnose from '../../../model/diagnose/index.ts';

export const troubleshoot: typeof Diagnose.troubleshoot = () => [];
