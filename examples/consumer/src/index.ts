// A downstream program using @specgen/imagetag through its package exports only: it builds an ImageTag with the
// types, checks it with a generated validator, creates it with the fetch client and reads it back.
//   node dist/index.js [BASE_URL]    (or IMAGETAG_BASE_URL and IMAGETAG_TOKEN; with neither, the kubeconfig)
import { ImageTagGVK, type ImageTag } from '@specgen/imagetag/types';
import { validateImageTag } from '@specgen/imagetag/validators';
import { ApiError, createClient } from '@specgen/imagetag/client';
import type { NodeClientOptions } from '@specgen/imagetag/node';

const baseUrl = process.argv[2] ?? process.env.IMAGETAG_BASE_URL;
const token = process.env.IMAGETAG_TOKEN;
// The Node-only entry (kubeconfig, TLS through undici) is loaded only when needed: the client itself is browser-safe.
const config: NodeClientOptions = baseUrl
  ? { baseUrl, ...(token ? { token } : {}), namespace: undefined, dispatcher: undefined }
  : await (await import('@specgen/imagetag/node')).loadKubeconfig();
const namespace = process.env.IMAGETAG_NAMESPACE ?? config.namespace ?? 'default';

const tag: ImageTag = {
  apiVersion: ImageTagGVK.apiVersion,
  kind: ImageTagGVK.kind,
  metadata: { name: 'ruby:3.1', namespace },
  spec: {
    name: '3.1',
    from: { kind: 'DockerImage', name: 'registry.access.redhat.com/ubi8/ruby-31:latest' },
    importPolicy: { scheduled: true },
    referencePolicy: { type: 'Local' },
  },
};

const typo = validateImageTag({ ...tag, spec: { ...tag.spec, referencePolicy: { type: 'Remote' } } });
console.log(`typo caught: ${typo.valid ? 'no' : typo.errors.map((error) => error.message).join('; ')}`);
const checked = validateImageTag(tag);
if (!checked.valid) throw new Error(checked.errors.map((error) => error.message).join('\n'));

const client = createClient({ ...config, userAgent: 'imagetag-consumer/0.0.0', validateResponses: 'response' });
try {
  const created = await client.createNamespacedImageTag({ namespace, body: checked.value, fieldManager: 'consumer' });
  console.log(`created ${created.metadata?.namespace}/${created.metadata?.name} uid=${created.metadata?.uid}`);
  const read = await client.readNamespacedImageTag({ namespace, name: 'ruby:3.1' });
  const image = read.image?.dockerImageReference ?? '(not imported yet)';
  console.log(`read ${read.metadata?.name}: from=${read.spec?.from?.name} image=${image}`);
} catch (error) {
  if (!(error instanceof ApiError)) throw error;
  console.error(`API error ${error.status} ${error.reason ?? '-'}: ${error.message}`);
  process.exitCode = 1;
} finally {
  await config.dispatcher?.close();
}
