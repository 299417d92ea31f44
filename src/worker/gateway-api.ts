/**
 * Whether the explorer's cluster has the Gateway API CRDs installed. A bare cluster does not
 * (`no matches for kind`, the model's default and `kse`'s without `--gateway-api`); but a learner who
 * pastes an HTTPRoute means a cluster that has them, so text that holds gateway.networking.k8s.io
 * objects turns them on, unless the user said otherwise.
 */
import { holdsGatewayApi } from '../model/index.ts';

export { holdsGatewayApi };
