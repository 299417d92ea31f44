import { memo, useState, type FormEvent } from 'react';
import type { RRType } from '../../../model/index.ts';

const TYPES: readonly RRType[] = ['A', 'AAAA', 'SRV', 'CNAME', 'PTR', 'TXT'];

interface Props {
  readonly answer: string;
  readonly namespaces: readonly string[];
  readonly onAsk: (name: string, type: RRType, fromNamespace?: string) => void;
}

/** Ask CoreDNS: an absolute name, or a name as a Pod in a namespace resolves it (search path, ndots:5). */
export const DnsPanel = memo(function DnsPanel({ answer, namespaces, onAsk }: Props) {
  const [name, setName] = useState('kubernetes.default.svc.cluster.local');
  const [type, setType] = useState<RRType>('A');
  const [from, setFrom] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onAsk(name.trim(), type, from || undefined);
  };
  return (
    <section className="dns">
      <h2>DNS</h2>
      <form onSubmit={submit}>
        <input aria-label="DNS query" value={name} onChange={(event) => setName(event.target.value)} spellCheck={false} />
        <select aria-label="Record type" value={type} onChange={(event) => setType(event.target.value as RRType)}>
          {TYPES.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
        <select aria-label="Resolve from" value={from} onChange={(event) => setFrom(event.target.value)}>
          <option value="">as an absolute name</option>
          {namespaces.map((ns) => (
            <option key={ns} value={ns}>
              from a Pod in {ns}
            </option>
          ))}
        </select>
        <button type="submit">Resolve</button>
      </form>
      <pre role="region" aria-label="DNS answer">
        {answer}
      </pre>
    </section>
  );
});
