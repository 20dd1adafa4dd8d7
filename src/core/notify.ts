/** Notices gitjit sends people: expiry warnings, failing revokes, orphans found. */
export interface Notice {
  level: "info" | "warning" | "alert";
  /** Stable code, e.g. "expiring-soon", "revoke-failing", "orphan-revoked". */
  code: string;
  message: string;
  grant?: string;
}

/** Where notices go. A notifier that fails never blocks a grant or a revoke. */
export interface Notifier {
  notify(notice: Notice): Promise<void>;
}
