/**
 * Durations as people write them: "90m", "2h", "1h30m", "7d", or ISO 8601 ("PT2H", "P1DT12H").
 * Parsed strictly: no fractions, no signs, no years or months (their length varies).
 */
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
/** Nothing gitjit grants lasts longer than this, whatever a policy says. */
export const MAX_DURATION_MS = 366 * DAY;

const UNIT_MS: Record<string, number> = { d: DAY, h: HOUR, m: MINUTE, s: 1000 };
const SHORT = /^(?:(\d{1,6})d)?(?:(\d{1,6})h)?(?:(\d{1,7})m)?(?:(\d{1,9})s)?$/;
const ISO = /^P(?:(\d{1,6})D)?(?:T(?:(\d{1,6})H)?(?:(\d{1,7})M)?(?:(\d{1,9})S)?)?$/;

export type ParsedDuration = { ok: true; ms: number } | { ok: false; reason: string };

export function parseDuration(text: unknown): ParsedDuration {
  if (typeof text !== "string") return { ok: false, reason: "a duration must be text such as 2h or PT2H" };
  const trimmed = text.trim();
  // "-2h" is a duration with a sign: report it as not positive rather than unreadable.
  if (trimmed.startsWith("-") && !trimmed.startsWith("--")) {
    const magnitude = parseDuration(trimmed.slice(1));
    return magnitude.ok ? { ok: true, ms: -magnitude.ms } : magnitude;
  }
  const match = SHORT.exec(trimmed) ?? ISO.exec(trimmed.toUpperCase());
  // "P" and "PT" alone match the ISO pattern with no parts; an empty string matches SHORT.
  if (!match || match.slice(1).every((part) => part === undefined) || /T$/i.test(trimmed)) {
    return { ok: false, reason: `"${text}" is not a duration; write it as 90m, 2h, 1h30m, 7d or PT2H` };
  }
  const [, d, h, m, s] = match;
  const ms = [
    [d, "d"],
    [h, "h"],
    [m, "m"],
    [s, "s"],
  ].reduce(
    (sum, [value, unit]) => sum + (value ? Number(value) * (UNIT_MS[unit as string] as number) : 0),
    0,
  );
  return { ok: true, ms };
}

/** The shortest exact short form: 5400000 → "1h30m". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms <= 0) return "0s";
  let rest = Math.round(ms / 1000) * 1000;
  let out = "";
  for (const [unit, size] of Object.entries(UNIT_MS)) {
    const n = Math.floor(rest / size);
    if (n > 0) {
      out += `${n}${unit}`;
      rest -= n * size;
    }
  }
  return out || "0s";
}
