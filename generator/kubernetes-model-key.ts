/** What the Kubernetes rule tables key their entries by: a model key's `group.vN.Kind` tail, Kubernetes' own keys only. */

/** The `group.vN.Kind` tail of a Kubernetes model key (`io.k8s.api.core.v1.Pod` is `core.v1.Pod`). */
export function modelTail(key: string): string {
  return key.split('.').slice(-3).join('.');
}

/** Keys of Kubernetes' own models (`io.k8s.*`): the rule tables hold no OpenShift or third-party type. */
const KUBERNETES_MODEL_KEY = /^io\.k8s\./;

/** A rule table's entry for a Kubernetes model key, by its tail; undefined for any other key. */
export function kubernetesEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return KUBERNETES_MODEL_KEY.test(key) ? table[modelTail(key)] : undefined;
}
