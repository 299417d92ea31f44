/**
 * "What does NAME resolve to from namespace Z?": a short name, a name with its namespace, or a
 * full name in the wrong namespace, resolved as a Pod in Z would, through its search path.
 */
import { resolve, resolveFrom, type Cluster, type Entry, type Service } from '../../model/index.ts';
import type { Challenge } from './challenge.ts';
import { dnsAnswerLabel, FORWARDED, NXDOMAIN } from './dns-answer.ts';
import { nameOf, namespaceOf, refOf, sentence } from './facts.ts';
import { shuffleOptions } from './seeded.ts';

export interface DnsAsk {
  readonly service: Entry<Service>;
  readonly name: string;
  readonly from: string;
}

/** Namespaces a client could sit in: the manifest's own first, then `default`. */
function clientNamespaces(cluster: Cluster): string[] {
  const input = cluster.namespaces.filter((n) => n.origin === 'input').map(nameOf);
  return [...new Set([...input, 'default'])];
}

export function dnsAsks(cluster: Cluster, services: readonly Entry<Service>[]): DnsAsk[] {
  const namespaces = clientNamespaces(cluster);
  const domain = cluster.config.clusterDomain;
  return services.flatMap((service) => {
    const name = nameOf(service);
    const home = namespaceOf(service);
    const other = namespaces.find((ns) => ns !== home) ?? 'kube-system';
    return [
      { service, name, from: other },
      { service, name: `${name}.${home}`, from: other },
      { service, name, from: home },
      { service, name: `${name}.${other}.svc.${domain}`, from: home },
    ];
  });
}

export function dnsChallenge(cluster: Cluster, ask: DnsAsk): Challenge {
  const ref = refOf(ask.service);
  const response = resolveFrom(cluster, { name: ask.name, type: 'A' }, ask.from);
  const correct = dnsAnswerLabel(response);
  const own = dnsAnswerLabel(resolve(cluster, { name: `${nameOf(ask.service)}.${namespaceOf(ask.service)}.svc.${cluster.config.clusterDomain}`, type: 'A' }));
  const options = shuffleOptions([correct, own, NXDOMAIN, FORWARDED], `dns:${ask.name}:${ask.from}`);
  const answered = response.tried.at(-1) ?? ask.name;
  return {
    id: `generated:dns:${ask.name}:${ask.from}`,
    source: 'generated',
    title: `Resolving ${ask.name}`,
    question: `A Pod in namespace ${ask.from} looks up ${ask.name} (type A). What does it get?`,
    answer: { kind: 'choice', options, correct },
    explanation: [
      sentence(`The resolver tries ${response.tried.join(', ')}${correct === FORWARDED ? '' : `; ${answered} answers`}: ${correct}`),
      `The search path of a Pod in ${ask.from} is ${ask.from}.svc.${cluster.config.clusterDomain}, svc.${cluster.config.clusterDomain}, ${cluster.config.clusterDomain} with ndots:5.`,
      sentence(`${ref} itself answers ${own}`),
    ].join(' '),
    reveal: { dns: { name: ask.name, type: 'A', from: ask.from }, tab: 'dns', select: `svc:${ref}` },
  };
}
