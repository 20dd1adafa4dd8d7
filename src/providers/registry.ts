/**
 * Providers by id, each behind a dynamic import: a cloud SDK is loaded only when a grant for
 * that platform is planned for real, applied, revoked or reconciled — never to validate.
 */
import type { ProviderId } from "../core/model/schema.js";
import { type Provider, ProviderError } from "./provider.js";

export interface ProviderContext {
  /** Where credentials and endpoints come from (process.env in production; a test's own map in tests). */
  env: Readonly<Record<string, string | undefined>>;
  now(): Date;
  log(message: string): void;
}

export type ProviderFactory = (context: ProviderContext) => Provider;

/** Each provider module default-exports its factory. */
const LOADERS: Partial<Record<ProviderId, () => Promise<{ default: ProviderFactory }>>> = {
  "aws-iam": () => import("./aws/iam.js"),
  "aws-iam-managed": () => import("./aws/managed.js"),
  "aws-identity-center": () => import("./aws/identity-center.js"),
  "gcp-iam": () => import("./gcp/iam.js"),
  "azure-pim": () => import("./azure/pim.js"),
  "azure-role-assignment": () => import("./azure/role-assignment.js"),
  postgres: () => import("./postgres/index.js"),
  "github-team": () => import("./github-team/index.js"),
};

export async function loadProvider(id: ProviderId, context: ProviderContext): Promise<Provider> {
  const loader = LOADERS[id];
  if (!loader)
    throw new ProviderError(`the ${id} provider is not part of this build of gitjit`, "provider-unavailable");
  const module = await loader();
  return module.default(context);
}

/**
 * Releases what providers keep open for the whole process: the embedded (PGlite) databases,
 * which a process must close to end on its own (PostgreSQL inside PGlite keeps a timer armed
 * while a database is open) and to leave its folder to the next process. For the end of a
 * process, as the command line's entry point calls it: a database closed here is not reopened.
 */
export async function releaseProviders(): Promise<void> {
  const { closeEmbeddedDatabases } = await import("./postgres/database.js");
  await closeEmbeddedDatabases();
}
