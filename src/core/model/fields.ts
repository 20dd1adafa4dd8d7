/** The field names a schema allows at a place in a document: used to suggest a fix for a misspelt key. */
import type { JsonPath } from "../load/yaml.js";

type SchemaNode = {
  properties?: Record<string, SchemaNode>;
  patternProperties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
};

export function fieldsAt(schema: object, path: JsonPath): string[] {
  let nodes: SchemaNode[] = [schema as SchemaNode];
  for (const segment of path) {
    nodes = nodes.flatMap((node) => {
      const variants = node.oneOf ?? [node];
      return variants.flatMap((v) => {
        if (typeof segment === "number") return v.items ? [v.items] : [];
        const direct = v.properties?.[segment];
        if (direct) return [direct];
        return Object.values(v.patternProperties ?? {});
      });
    });
  }
  return [...new Set(nodes.flatMap((n) => (n.oneOf ?? [n]).flatMap((v) => Object.keys(v.properties ?? {}))))];
}
