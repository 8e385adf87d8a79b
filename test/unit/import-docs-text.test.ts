import { describe, expect, it } from 'vitest';
import { parseTextPage } from '../../generator/import-docs/text.js';

/** The objects of a parsed page, as plain rows. */
function objects(text: string) {
  return parseTextPage('page.txt', text).objects.map((object) => ({
    path: object.path,
    ...(object.description !== undefined ? { description: object.description } : {}),
    required: object.required,
    properties: object.properties.map((row) => `${row.name}: ${JSON.stringify(row.type)}: ${row.description}`),
  }));
}

describe('plain-text pages', () => {
  type Case = [string, { given: string; want: ReturnType<typeof objects> }];
  const table: Case[] = [
    [
      'the object: description paragraphs, type, required bullets, rows of name / type / description',
      {
        given: [
          '×',
          'Description',
          '',
          'Widget is a thing.',
          '',
          'Compatibility level 1: Stable.',
          '',
          'Type',
          '',
          'object',
          '',
          'Required',
          '  • spec',
          '',
          '  • status',
          '',
          'Specification',
          '',
          'Property Type Description',
          '',
          'metadata',
          '',
          'ObjectMeta_v3',
          '',
          'spec',
          '',
          'object',
          '',
          'WidgetSpec is the spec.',
          '',
          'Second paragraph.',
          '',
          'tags',
          '',
          'array (string)',
          '',
          'Tags.',
          '',
          '.spec',
          '',
          'Description',
          '',
          'WidgetSpec is the spec.',
          '',
          'Type',
          '',
          'object',
          '',
          'Property Type Description',
          '',
          'size',
          '',
          'integer',
          '',
          'Size of it.',
          '',
          'API endpoints',
          '',
        ].join('\n'),
        want: [
          {
            path: '',
            description: 'Widget is a thing.\n\nCompatibility level 1: Stable.',
            required: ['spec', 'status'],
            properties: [
              'metadata: {"kind":"name","name":"ObjectMeta_v3"}: ',
              'spec: {"kind":"name","name":"object"}: WidgetSpec is the spec.\n\nSecond paragraph.',
              'tags: {"kind":"array","items":{"kind":"name","name":"string"}}: Tags.',
            ],
          },
          {
            path: '.spec',
            description: 'WidgetSpec is the spec.',
            required: [],
            properties: ['size: {"kind":"name","name":"integer"}: Size of it.'],
          },
        ],
      },
    ],
    [
      'a title line names the kind; item rows keep their [] name',
      {
        given:
          'Widget [example.com/v1]\n\nDescription\n\nWidget.\n\nProperty Type Description\n\nitems\n\narray\n\nThe items.\n\nitems[]\n\nobject\n\nAn item.\n',
        want: [
          {
            path: '',
            description: 'Widget.',
            required: [],
            properties: [
              'items: {"kind":"name","name":"array"}: The items.',
              'items[]: {"kind":"name","name":"object"}: An item.',
            ],
          },
        ],
      },
    ],
  ];
  it.each(table)('%s', (_name, { given, want }) => expect(objects(given)).toEqual(want));

  it('reads a title as kind and group/version', () => {
    expect(parseTextPage('t.txt', 'Widget [example.com/v1]\n\nDescription\n\nWidget.\n').title).toEqual({
      kind: 'Widget',
      group: 'example.com',
      version: 'v1',
    });
  });

  it('reports where a copy stops mid-sentence, without throwing, keeping what precedes', () => {
    const text =
      'Description\n\nWidget.\n\nProperty Type Description\n\ntype\n\nstring\n\nType determines how it is used in deploym';
    const page = parseTextPage('cut.txt', text);
    expect(page.objects[0]!.properties.map((row) => row.description)).toEqual([
      'Type determines how it is used in deploym',
    ]);
    expect(page.warnings).toEqual([
      {
        message:
          'the text is cut off here, mid-sentence ("…determines how it is used in deploym"), in the object (property type) and before the API endpoints section; only what precedes was imported',
        location: { file: 'cut.txt', pointer: '', line: 11, column: 42 },
      },
    ]);
  });

  it('reports a copy that ends before the API endpoints section, even at a full stop', () => {
    const page = parseTextPage('short.txt', 'Description\n\nWidget.\n');
    expect(page.warnings.map((warning) => warning.message)).toEqual([
      'the text is cut off here, in the object and before the API endpoints section; only what precedes was imported',
    ]);
  });

  it('reports text it does not understand after the first heading', () => {
    const page = parseTextPage(
      'odd.txt',
      'Description\n\nWidget.\n\nType\n\nobject\n\nsome stray text\n\nAPI endpoints\n',
    );
    expect(page.warnings.map((warning) => [warning.message, warning.location?.line])).toEqual([
      ['text not understood ("some stray text"); ignored', 9],
      ['the API endpoints of a plain-text page are not imported (use the AsciiDoc source); ignored', 11],
    ]);
  });
});
