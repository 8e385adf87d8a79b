import type { Api, Model } from '../ir.js';
import { printJsDoc } from '../print/doc.js';
import { printString } from '../print/literal.js';
import { derivedName } from '../names.js';
import { indexSignatureType, memberViews, printType, type MemberView } from '../print/type.js';

/** One declaration in types.ts: an interface (object models) or a type alias (everything else). */
export type DeclarationView =
  | {
      readonly isInterface: true;
      readonly name: string;
      readonly jsdoc: string;
      readonly members: readonly MemberView[];
      /** The index signature's value type, or an empty string for none. */
      readonly indexSignature: string;
    }
  | { readonly isInterface: false; readonly name: string; readonly jsdoc: string; readonly expression: string };

/** The exported group/version/kind constant of a Kubernetes kind; values are printed literals. */
export interface GvkView {
  readonly constName: string;
  readonly jsdoc: string;
  readonly group: string;
  readonly version: string;
  readonly kind: string;
  readonly apiVersion: string;
}

/** The template context of types.hbs. */
export interface TypesView {
  readonly title: string;
  readonly declarations: readonly DeclarationView[];
  readonly gvks: readonly GvkView[];
}

/** The name of the exported GVK constant of a model: `<Model>GVK`, unless a model already has that name. */
export function gvkConstName(modelName: string, modelNames: ReadonlySet<string>): string {
  return derivedName(`${modelName}GVK`, modelNames);
}

function declaration(model: Model, modelNames: ReadonlySet<string>): DeclarationView {
  const jsdoc = printJsDoc(
    model.doc,
    model.gvk ? { tags: [`@see {@link ${gvkConstName(model.name, modelNames)}}`] } : {},
  );
  const type = model.type;
  if (type.kind === 'object' && type.onlyIn === undefined) {
    return {
      isInterface: true,
      name: model.name,
      jsdoc,
      members: memberViews(type),
      indexSignature: indexSignatureType(type) ?? '',
    };
  }
  return { isInterface: false, name: model.name, jsdoc, expression: printType(type) };
}

/** Builds the view of types.ts: one declaration per model and a GVK constant per Kubernetes kind. */
export function typesView(api: Api): TypesView {
  const modelNames = new Set(api.models.map((model) => model.name));
  return {
    title: api.title,
    declarations: api.models.map((model) => declaration(model, modelNames)),
    gvks: api.models.flatMap((model) => {
      if (!model.gvk) return [];
      const { group, version, kind } = model.gvk;
      return [
        {
          constName: gvkConstName(model.name, modelNames),
          jsdoc: `/** Group, version and kind of {@link ${model.name}}. */`,
          group: printString(group),
          version: printString(version),
          kind: printString(kind),
          apiVersion: printString(group === '' ? version : `${group}/${version}`),
        },
      ];
    }),
  };
}
