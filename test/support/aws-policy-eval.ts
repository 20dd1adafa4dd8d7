/**
 * What AWS enforces when it evaluates an identity policy, reduced to what gitjit writes: Allow
 * statements with Action and Resource patterns and date conditions on aws:CurrentTime. Used by
 * the test server's SimulatePrincipalPolicy, so tests ask "is this allowed at time T?" the way
 * one asks AWS.
 */
export interface PolicyStatement {
  Effect?: string;
  Action?: string | string[];
  Resource?: string | string[];
  Condition?: Record<string, Record<string, string | string[]>>;
}

const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function glob(pattern: string, value: string, ignoreCase: boolean): boolean {
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${source}$`, ignoreCase ? "i" : "").test(value);
}

const DATE_OPERATORS: Record<string, (a: number, b: number) => boolean> = {
  DateGreaterThan: (a, b) => a > b,
  DateGreaterThanEquals: (a, b) => a >= b,
  DateLessThan: (a, b) => a < b,
  DateLessThanEquals: (a, b) => a <= b,
};

export const isDateOperator = (operator: string) => operator in DATE_OPERATORS;

/** Every condition block must hold; an unknown operator or a missing context key does not match. */
function conditionsHold(
  condition: PolicyStatement["Condition"],
  context: ReadonlyMap<string, string>,
): boolean {
  for (const [operator, keys] of Object.entries(condition ?? {})) {
    const compare = DATE_OPERATORS[operator];
    if (!compare) return false;
    for (const [key, expected] of Object.entries(keys)) {
      const actual = context.get(key.toLowerCase());
      if (actual === undefined) return false;
      const at = Date.parse(actual);
      if (!list(expected).some((e) => compare(at, Date.parse(e)))) return false;
    }
  }
  return true;
}

export function evaluate(
  statements: readonly PolicyStatement[],
  action: string,
  resource: string,
  context: ReadonlyMap<string, string>,
): "allowed" | "implicitDeny" | "explicitDeny" {
  let allowed = false;
  for (const s of statements) {
    if (!list(s.Action).some((a) => glob(a, action, true))) continue;
    if (!list(s.Resource).some((r) => glob(r, resource, false))) continue;
    if (!conditionsHold(s.Condition, context)) continue;
    if (s.Effect === "Deny") return "explicitDeny";
    if (s.Effect === "Allow") allowed = true;
  }
  return allowed ? "allowed" : "implicitDeny";
}
