/**
 * What kubectl would refuse of a document js-yaml read without complaint, checked before the
 * document becomes objects: nesting past kse's limit (depth.ts), an alias inside its own anchor,
 * and a mapping key that is no string (go-yaml-refusals.ts). Each is located and worded as a
 * YAML error; undefined when the document is fine.
 */
import { checkDepth } from './depth.ts';
import { describeCycle, findKeyProblem } from './go-yaml-refusals.ts';
import type { TextRange } from './positions.ts';

export function refuseDocument(text: string, value: unknown): (TextRange & { readonly message: string })[] | undefined {
  const depth = checkDepth(text, value);
  if (depth === 'cycle') return [describeCycle(text)];
  if (depth !== undefined) return depth;
  // Only after the depth check: `yaml` recurses for every level of what it reads.
  const key = findKeyProblem(text);
  return key === undefined ? undefined : [key];
}
