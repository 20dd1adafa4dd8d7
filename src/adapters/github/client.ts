/**
 * The one Octokit gitjit uses: retries on server errors, waits out rate limits (primary and
 * secondary, honouring Retry-After), and talks to GITHUB_API_URL when set (GitHub Enterprise).
 */
import { randomUUID } from "node:crypto";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";

const GitJitOctokit = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof GitJitOctokit>;

export const DEFAULT_API_URL = "https://api.github.com";

export interface GitHubClientOptions {
  token: string;
  /** GITHUB_API_URL; GitHub.com's API when absent. */
  baseUrl?: string;
  warn?: (message: string) => void;
  /** Milliseconds per second of waiting (Retry-After, back-off). Only tests change it. */
  timeScaleMs?: number;
  /** Retries after a server error. */
  retries?: number;
  /** The longest primary rate-limit wait worth sitting through, in seconds. */
  maxRateLimitWait?: number;
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const warn = options.warn ?? (() => {});
  const scale = options.timeScaleMs ?? 1000;
  const maxWait = options.maxRateLimitWait ?? 300;
  return new GitJitOctokit({
    auth: options.token,
    baseUrl: (options.baseUrl || DEFAULT_API_URL).replace(/\/+$/, ""),
    userAgent: "gitjit",
    // Failed requests surface as ServiceErrors with their context; Octokit's own error lines would repeat them.
    log: { debug: () => {}, info: () => {}, warn, error: () => {} },
    retry: { retries: options.retries ?? 3, retryAfterBaseValue: scale },
    throttle: {
      // Each client has its own limiter queue: one run's writes do not wait on another's.
      id: `gitjit-${randomUUID()}`,
      retryAfterBaseValue: scale,
      onRateLimit: (
        retryAfter: number,
        request: { method: string; url: string },
        _o: unknown,
        count: number,
      ) => {
        const again = count < 1 && retryAfter <= maxWait;
        warn(
          `GitHub rate limit reached on ${request.method} ${request.url}; ${again ? `retrying in ${retryAfter}s` : "giving up"}`,
        );
        return again;
      },
      onSecondaryRateLimit: (
        retryAfter: number,
        request: { method: string; url: string },
        _o: unknown,
        count: number,
      ) => {
        const again = count < 3 && retryAfter <= maxWait;
        warn(
          `GitHub secondary rate limit on ${request.method} ${request.url}; ${again ? `retrying in ${retryAfter}s` : "giving up"}`,
        );
        return again;
      },
    },
  });
}
