import { Handle, Position } from '@xyflow/react';
import type { ReactNode } from 'react';
import type { GraphNodeKind } from '../../../../present/graph/index.ts';
import { KIND_LABEL } from '../flow/kinds.ts';
import type { BoxData } from '../flow/to-flow.ts';

const SIMULATED_HINT = 'a real cluster gets this value from elsewhere; the simulator made it up';

interface Props {
  readonly kind: GraphNodeKind;
  readonly data: BoxData;
  readonly className?: string;
  readonly renderLine?: (line: string) => ReactNode;
  /** Extra class of a badge, e.g. the colour of a Service type. */
  readonly badgeClass?: (badge: string, index: number) => string | undefined;
  readonly children?: ReactNode;
}

function tooltip(kind: GraphNodeKind, data: BoxData): string {
  return [
    `${KIND_LABEL[kind]} ${data.title}`,
    ...(data.namespace === undefined ? [] : [`namespace ${data.namespace}`]),
    ...data.subtitle,
    ...data.badges,
    ...(data.problem === undefined ? [] : [data.problem]),
    ...(data.simulated ? [`simulated: ${SIMULATED_HINT}`] : []),
  ].join('\n');
}

const asText = (line: string): ReactNode => line;

/**
 * The box every kind shares, laid out exactly as src/present/graph/measure.ts sized it: padding
 * 8 × 12, a 18 px title row at 13 px, then 15 px rows at 11 px (subtitle lines, then the badges).
 * The notches (namespace, "simulated", a Pod's state) sit on the border, outside those rows, so
 * they never change the measured size.
 */
export function BoxFrame({ kind, data, className, renderLine = asText, badgeClass, children }: Props) {
  const classes = ['kse-box', `kse-box--${kind}`, data.compact ? 'kse-box--compact' : '', data.group === undefined ? '' : 'kse-box--group', data.simulated ? 'kse-box--simulated' : '', data.problem === undefined ? '' : 'kse-box--problem', className ?? ''];
  // A dot in a large slice's grid (measure.ts COMPACT_SIZE): its words are in the tooltip and the details.
  if (data.compact) {
    return (
      <div className={classes.filter(Boolean).join(' ')} title={tooltip(kind, data)}>
        <Handle type="target" position={Position.Left} isConnectable={false} className="kse-handle" />
        <Handle type="source" position={Position.Right} isConnectable={false} className="kse-handle" />
      </div>
    );
  }
  return (
    <div className={classes.filter(Boolean).join(' ')} title={tooltip(kind, data)}>
      <Handle type="target" position={Position.Left} isConnectable={false} className="kse-handle" />
      {data.namespace !== undefined && <span className="kse-notch kse-notch--namespace">{data.namespace}</span>}
      {data.simulated && (
        <span className="kse-notch kse-notch--simulated" title={SIMULATED_HINT}>
          simulated
        </span>
      )}
      <div className="kse-box__title">{data.title}</div>
      {data.subtitle.map((line, i) => (
        <div key={i} className="kse-box__line">
          {renderLine(line)}
        </div>
      ))}
      {data.badges.length > 0 && (
        <div className="kse-box__badges">
          {data.badges.map((badge, i) => (
            <span key={i} className={['kse-badge', badgeClass?.(badge, i) ?? ''].filter(Boolean).join(' ')}>
              {badge}
            </span>
          ))}
        </div>
      )}
      {data.problem !== undefined && <span className="kse-notch kse-notch--problem">{data.problem}</span>}
      {children}
      <Handle type="source" position={Position.Right} isConnectable={false} className="kse-handle" />
    </div>
  );
}

/** `ClusterIP 10.96.0.20:80`, `A 10.244.1.5`: the leading keyword muted, the value plain. */
export function keyedLine(line: string): ReactNode {
  const space = line.indexOf(' ');
  const keyword = space > 0 ? line.slice(0, space) : '';
  if (!/^(ClusterIP|CNAME|A|AAAA|SRV)$/.test(keyword)) return line;
  return (
    <>
      <span className="kse-keyword">{keyword}</span>
      {line.slice(space)}
    </>
  );
}
