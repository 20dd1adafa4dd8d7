/** What a command needs from its surroundings, passed in so tests run the CLI in-process. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
}

/** Wrong flags or arguments: exit 2 with a pointer to --help. */
export class UsageError extends Error {}

/** 3: an outside system (GitHub, the ledger's remote, a platform) failed or refused: neither the user's files nor their flags are at fault. */
export const EXIT = { ok: 0, invalid: 1, usage: 2, system: 3 } as const;
