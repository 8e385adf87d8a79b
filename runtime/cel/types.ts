// specgen:strip-begin
// CEL type values: `type(x)`, and the type names (`int`, `string`, `list`, ...) as values, so that
// `type(self.x) == string` works. JSON numbers do not say int or double: an integral number is an `int`.
import { $CelValue, $cel_typeName } from "../cel.js";

// specgen:strip-end
/** A CEL type as a value; two are equal when their names are. */
class $CelType extends $CelValue {
  constructor(readonly name: string) {
    super();
  }
  override celType(): string {
    return "type";
  }
  override celEquals(other: unknown): boolean {
    return other instanceof $CelType && other.name === this.name;
  }
  override celString(): string {
    return this.name;
  }
}

/** The type value named `name` (`int`, `google.protobuf.Duration`, ...). */
function $cel_typeValue(name: string): $CelType {
  return new $CelType(name);
}

/** `type(x)`; `known` is the type the compiler knows statically (literals), which JSON numbers cannot tell. */
function $cel_type(x: unknown, known?: string): $CelType {
  if (x instanceof $CelType) return new $CelType("type");
  return new $CelType(known ?? $cel_typeName(x));
}

// specgen:strip-begin
export { $CelType, $cel_typeValue, $cel_type };
// specgen:strip-end
