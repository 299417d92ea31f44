/**
 * The YAML schema kubectl reads manifests with. sigs.k8s.io/yaml decodes through go-yaml v2, a
 * YAML 1.1 parser: `yes`/`no`/`on`/`off`/`y`/`n` are booleans there (resolve.go's resolveMapList),
 * while timestamps stay strings when decoded into interface{}. js-yaml's CORE_SCHEMA (YAML 1.2) plus
 * those booleans and merge keys (`<<`, which go-yaml v2 also honours) reads a manifest as kubectl does.
 */
import jsyaml from 'js-yaml';

// go-yaml v2 resolve.go's table. It replaces js-yaml's own bool type (same tag), so it lists
// true/false too.
const YAML11_BOOLEANS: Readonly<Record<string, boolean>> = {
  y: true, Y: true, yes: true, Yes: true, YES: true, true: true, True: true, TRUE: true, on: true, On: true, ON: true,
  n: false, N: false, no: false, No: false, NO: false, false: false, False: false, FALSE: false, off: false, Off: false, OFF: false,
};

const yaml11Bool = new jsyaml.Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  // Called for every plain scalar of a manifest: the length test turns nearly all of them away at once.
  resolve: (data: unknown) => typeof data === 'string' && data.length <= 5 && Object.hasOwn(YAML11_BOOLEANS, data),
  construct: (data: string) => YAML11_BOOLEANS[data],
});

// js-yaml exports its built-in types at runtime; @types/js-yaml does not declare them.
const { merge } = (jsyaml as unknown as { types: { merge: jsyaml.Type } }).types;

export const KUBECTL_SCHEMA = jsyaml.CORE_SCHEMA.extend({ implicit: [yaml11Bool, merge] });
