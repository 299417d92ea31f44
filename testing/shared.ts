/**
 * The shared folder beside a checkout (`<root>/../shared`: the guide and the published corpus) is
 * there in the team's workspace and in CI, but not in a clone anywhere else. Tests that check the
 * project against it run in full where it is present and are skipped, with the reason in their
 * name, where it is not; everything else a test needs lives in the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SHARED_DIR = resolve(import.meta.dirname, '..', '..', 'shared');

/** The published manifests and their v1.31 verdicts (SOURCES.md). */
export const CORPUS_DIR = join(SHARED_DIR, 'corpus');
export const GUIDE_PATH = join(SHARED_DIR, 'seed-guide.md');

export const hasCorpus = existsSync(join(CORPUS_DIR, 'SOURCES.md'));
export const hasGuide = existsSync(GUIDE_PATH);

/** The one-line reason a suite gives in its name when it is skipped. */
export const NO_CORPUS = 'skipped: ../shared/corpus is absent beside this checkout';
export const NO_GUIDE = 'skipped: ../shared/seed-guide.md is absent beside this checkout';

/** The guide's text, or '' where it is absent (the suites that read it are skipped then). */
export function readGuide(): string {
  return hasGuide ? readFileSync(GUIDE_PATH, 'utf8') : '';
}
