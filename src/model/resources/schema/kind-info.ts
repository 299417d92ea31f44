/** What the apiserver's discovery says about a served kind (`kubectl api-resources`). */
export interface KindInfo {
  readonly apiVersion: string;
  readonly kind: string;
  readonly namespaced: boolean;
  readonly plural: string;
  readonly singular: string;
  readonly shortNames: readonly string[];
}
