import { describe, expect, it } from 'vitest';
import {
  matchesFields,
  matchesLabels,
  parseFieldSelector,
  parseLabelSelector,
} from '../../../runtime/testing/selectors.js';
import { StatusError } from '../../../runtime/testing/status.js';

const labels = { app: 'web', tier: 'front', version: '3' };

describe('label selectors (k8s.io/apimachinery/pkg/labels)', () => {
  it.each([
    ['', true],
    ['app=web', true],
    ['app==web', true],
    ['app=db', false],
    ['app!=db', true],
    ['missing!=x', true],
    ['app in (web,db)', true],
    ['app in (db)', false],
    ['app notin (db, cache)', true],
    ['missing notin (x)', true],
    ['tier', true],
    ['missing', false],
    ['!missing', true],
    ['!tier', false],
    ['app=web,tier=front', true],
    ['app=web, tier=back', false],
    ['version>2', true],
    ['version<3', false],
    ['app=', false],
  ])('%j matches %j', (selector, expected) => {
    expect(matchesLabels(parseLabelSelector(selector), labels)).toBe(expected);
  });

  it('parses requirements with their operators', () => {
    expect(parseLabelSelector('a=b,!c,d in (e,f)')).toEqual([
      { key: 'a', operator: '=', values: ['b'] },
      { key: 'c', operator: '!', values: [] },
      { key: 'd', operator: 'in', values: ['e', 'f'] },
    ]);
  });

  it.each(['a in b', 'a in (b', '=b', 'a=b=c', 'a==-b', 'a>b', 'bad key=x', ',a'])(
    'refuses %j with a 400 BadRequest',
    (selector) => {
      let error: unknown;
      try {
        parseLabelSelector(selector);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(StatusError);
      expect((error as StatusError).code).toBe(400);
      expect((error as StatusError).message).toMatch(/unable to parse requirement|invalid selector/);
    },
  );
});

describe('field selectors', () => {
  const object = { metadata: { name: 'x', namespace: 'ns' } };
  it.each([
    ['metadata.name=x', true],
    ['metadata.name==x', true],
    ['metadata.name!=x', false],
    ['metadata.namespace=ns,metadata.name=x', true],
    ['metadata.namespace=other', false],
    ['', true],
  ])('%j matches %j', (selector, expected) => {
    expect(matchesFields(parseFieldSelector(selector), object)).toBe(expected);
  });

  it('refuses fields the server cannot select by, as the server words it', () => {
    expect(() => parseFieldSelector('spec.nodeName=a')).toThrow('field label not supported: spec.nodeName');
    expect(() => parseFieldSelector('metadata.name')).toThrow(/invalid selector/);
  });
});
