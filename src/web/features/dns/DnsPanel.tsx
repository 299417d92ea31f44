import { memo, useState, type FormEvent } from 'react';
import type { RRType } from '../../../model/index.ts';
import type { ServiceSummary } from '../../../worker/protocol.ts';

const TYPES: readonly RRType[] = ['A', 'AAAA', 'SRV', 'CNAME', 'PTR', 'TXT'];

interface Props {
  readonly answer: string;
  readonly namespaces: readonly string[];
  /** The selected Service, whose names are offered as questions. */
  readonly service: ServiceSummary | undefined;
  readonly onAsk: (name: string, type: RRType, fromNamespace?: string) => void;
}

interface Question {
  readonly name: string;
  readonly type: RRType;
  readonly from: string;
}

/** The questions a Pod of the Service's namespace would ask for it: relative names go through the search path. */
function questionsFor(service: ServiceSummary): Question[] {
  return service.dnsNames.map((name) => {
    const srv = name.startsWith('_');
    return { name, type: srv ? 'SRV' : service.type === 'ExternalName' ? 'CNAME' : 'A', from: name.endsWith('.cluster.local') ? '' : service.namespace };
  });
}

/** Ask CoreDNS: an absolute name, or a name as a Pod in a namespace resolves it (search path, ndots:5). */
export const DnsPanel = memo(function DnsPanel({ answer, namespaces, service, onAsk }: Props) {
  const [question, setQuestion] = useState<Question>({ name: 'kubernetes.default.svc.cluster.local', type: 'A', from: '' });
  const ask = (next: Question) => {
    setQuestion(next);
    onAsk(next.name.trim(), next.type, next.from || undefined);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    ask(question);
  };
  return (
    <section className="dns">
      <h2>DNS</h2>
      <form onSubmit={submit}>
        <input aria-label="DNS query" value={question.name} onChange={(event) => setQuestion({ ...question, name: event.target.value })} spellCheck={false} />
        <select aria-label="Record type" value={question.type} onChange={(event) => setQuestion({ ...question, type: event.target.value as RRType })}>
          {TYPES.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
        <select aria-label="Resolve from" value={question.from} onChange={(event) => setQuestion({ ...question, from: event.target.value })}>
          <option value="">as an absolute name</option>
          {namespaces.map((ns) => (
            <option key={ns} value={ns}>
              from a Pod in {ns}
            </option>
          ))}
        </select>
        <button type="submit">Resolve</button>
      </form>
      {service && (
        <div className="dns-names" role="group" aria-label={`DNS names of ${service.name}`}>
          <span>Ask for {service.name}:</span>
          {questionsFor(service).map((q) => (
            <button key={q.name} type="button" className="chip" title={q.from ? `${q.type}, from a Pod in ${q.from}` : `${q.type}, absolute`} onClick={() => ask(q)}>
              {q.type === 'A' ? q.name : `${q.type} ${q.name}`}
            </button>
          ))}
        </div>
      )}
      <pre role="region" aria-label="DNS answer" tabIndex={0}>
        {answer}
      </pre>
    </section>
  );
});
