import { memo, useState } from 'react';
import type { GroupMember } from '../../../present/graph/index.ts';
import { groupDigits } from '../../../present/text/group-digits.ts';

/** Members shown at first, and added by each "Show more": a group of 30,000 Pods never renders them all at once. */
const PAGE = 100;

const STATE_TEXT = { ready: 'ready', notReady: 'not ready', terminating: 'terminating' } as const;

interface Props {
  /** The group box's id: a new group starts again from the first page. */
  readonly group: string;
  readonly members: readonly GroupMember[];
  /** A member was chosen: the graph goes to its box (its group when folded) and the panel shows it. */
  readonly onSelect?: (id: string) => void;
}

/** The boxes a group box stands for, a page at a time, each one a button that shows it. */
export const GroupMembers = memo(function GroupMembers({ group, members, onSelect }: Props) {
  const [shown, setShown] = useState({ group, count: PAGE });
  // Render-time reset, as React recommends for state that follows a prop.
  const count = shown.group === group ? shown.count : PAGE;
  if (shown.group !== group) setShown({ group, count: PAGE });
  const visible = members.slice(0, count);
  return (
    <section className="group-members" aria-label="Members">
      <h3>
        Members <span className="count">{groupDigits(members.length)}</span>
      </h3>
      <ol>
        {visible.map((member) => (
          <li key={member.id}>
            <button type="button" className="link" onClick={() => onSelect?.(member.id)}>
              {member.title}
            </button>
            {member.status !== undefined && <span className={`status ${member.status}`}> {STATE_TEXT[member.status]}</span>}
          </li>
        ))}
      </ol>
      {count < members.length && (
        <button type="button" onClick={() => setShown({ group, count: count + PAGE })}>
          Show {Math.min(PAGE, members.length - count)} more of {groupDigits(members.length - count)}
        </button>
      )}
    </section>
  );
});
