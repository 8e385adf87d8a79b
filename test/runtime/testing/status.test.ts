import { expect, it } from 'vitest';
import {
  alreadyExists,
  badRequest,
  conflict,
  expired,
  internalError,
  invalid,
  methodNotAllowed,
  notFound,
  qualifiedResource,
  requestEntityTooLarge,
  unsupportedMediaType,
} from '../../../runtime/testing/status.js';

const pods = { group: '', plural: 'pods' };
const deployments = { group: 'apps', plural: 'deployments' };

it('names resources as the server does', () => {
  expect([qualifiedResource(pods), qualifiedResource(deployments)]).toEqual(['pods', 'deployments.apps']);
});

it.each([
  [notFound(deployments, 'web'), 404, 'NotFound', 'deployments.apps "web" not found'],
  [alreadyExists(pods, 'p'), 409, 'AlreadyExists', 'pods "p" already exists'],
  [
    conflict(pods, 'p', 'the object has been modified'),
    409,
    'Conflict',
    'Operation cannot be fulfilled on pods "p": the object has been modified',
  ],
  [badRequest('nope'), 400, 'BadRequest', 'nope'],
  [methodNotAllowed(), 405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource'],
  [requestEntityTooLarge(10), 413, 'RequestEntityTooLarge', 'Request entity too large: limit is 10'],
  [expired('too old'), 410, 'Expired', 'too old'],
  [internalError(new Error('boom')), 500, 'InternalError', 'Internal error occurred: boom'],
])('%s', (error, code, reason, message) => {
  expect(error.toStatus()).toMatchObject({
    kind: 'Status',
    apiVersion: 'v1',
    status: 'Failure',
    code,
    reason,
    message,
  });
});

it('words 422 Invalid with one cause per field error, and lists several in brackets', () => {
  const one = invalid({ group: '', kind: 'Pod' }, 'p', [
    { path: 'spec.containers', type: 'FieldValueRequired', message: 'spec.containers: Required value' },
  ]);
  expect(one.toStatus()).toEqual({
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message: 'Pod "p" is invalid: spec.containers: Required value',
    reason: 'Invalid',
    details: {
      name: 'p',
      group: '',
      kind: 'Pod',
      causes: [{ reason: 'FieldValueRequired', message: 'Required value', field: 'spec.containers' }],
    },
    code: 422,
  });
  const two = invalid({ group: 'apps', kind: 'Deployment' }, 'd', [
    { path: 'a', type: 'FieldValueInvalid', message: 'a: x' },
    { path: 'b', type: 'FieldValueInvalid', message: 'b: y' },
  ]);
  expect(two.message).toBe('Deployment.apps "d" is invalid: [a: x, b: y]');
  expect(unsupportedMediaType('text/plain', ['application/json']).message).toContain(
    'accepted media types include: application/json',
  );
});
