import { memo } from 'react';
import { EXAMPLES } from '../../../examples/index.ts';

interface Props {
  readonly selected: string;
  readonly onSelect: (id: string) => void;
}

/** The examples of the guide and the scenarios, grouped as the guide teaches them. */
export const ExampleGallery = memo(function ExampleGallery({ selected, onSelect }: Props) {
  const groups = new Map([
    ['From the guide', EXAMPLES.filter((example) => example.id.startsWith('guide-'))],
    ['Scenarios', EXAMPLES.filter((example) => !example.id.startsWith('guide-'))],
  ]);
  return (
    <label className="gallery">
      <span>Example</span>
      <select value={selected} onChange={(event) => onSelect(event.target.value)} aria-label="Example gallery">
        {selected === '' && <option value="">Your manifest</option>}
        {[...groups].map(([group, examples]) => (
          <optgroup key={group} label={group}>
            {examples.map((example) => (
              <option key={example.id} value={example.id} title={example.summary}>
                {example.title}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
});
