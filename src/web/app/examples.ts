import { EXAMPLES } from '../../examples/index.ts';

// Bundled with the app: the gallery works offline.
const texts = import.meta.glob<string>('../../examples/*.yaml', { query: '?raw', import: 'default', eager: true });

export const DEFAULT_EXAMPLE = 'guide-03-debug-ui';

export function exampleText(id: string): string | undefined {
  const example = EXAMPLES.find((e) => e.id === id);
  return example ? texts[`../../examples/${example.file}`] : undefined;
}
