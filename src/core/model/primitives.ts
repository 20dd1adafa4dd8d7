/** Building blocks shared by the request, grant and policy schemas: bounded strings, lists and closed objects. */
import { type TSchema, Type } from "@sinclair/typebox";

export const SCHEMA_BASE_URL = "https://gitjit.dev/schemas";

// GitHub logins: ASCII letters, digits and hyphens, at most 39, no leading or trailing hyphen.
// ASCII-only on purpose: a look-alike (Cyrillic "о" for "o") must fail here, not slip through.
export const LOGIN_PATTERN = "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$";
export const BOT_OR_LOGIN_PATTERN = "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?(?:\\[bot\\])?$";
export const TEAM_PATTERN =
  "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?/[A-Za-z0-9][A-Za-z0-9._-]{0,99}$";
export const NAME_PATTERN = "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$";
export const GUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
export const GRANT_ID = "^gj-[0-9a-f]{20}$";
export const TIMESTAMP_PATTERN =
  "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,9})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$";

export const Login = (description: string) =>
  Type.String({ description, pattern: LOGIN_PATTERN, minLength: 1, maxLength: 39 });
export const Name = (description: string) =>
  Type.String({ description, pattern: NAME_PATTERN, minLength: 1, maxLength: 64 });
export const Duration = (description: string) =>
  Type.String({
    description: `${description} Written as 90m, 2h, 1h30m, 7d or ISO 8601 (PT2H, P1D).`,
    minLength: 1,
    maxLength: 32,
  });
export const Text = (description: string, maxLength: number) =>
  Type.String({ description, minLength: 1, maxLength });
export const List = <T extends TSchema>(items: T, description: string, maxItems: number) =>
  Type.Array(items, { description, minItems: 1, maxItems, uniqueItems: true });
export const Strict = <P extends Record<string, TSchema>>(properties: P, description: string) =>
  Type.Object(properties, { description, additionalProperties: false });
