import { ProviderError } from "../providers/provider.js";

/** One line about an error, for a report or an audit record: a platform's code when it has one, never a stack. */
export function describe(error: unknown): string {
  if (error instanceof ProviderError) return `${error.code}: ${error.message}`;
  if (error instanceof Error) return error.message;
  return String(error);
}
