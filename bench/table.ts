/** The one place results are shown: the table on the terminal. */
import type { Measured } from "./measure.js";

const cell = (value: number | null, unit: string) => (value === null ? "-" : `${value} ${unit}`);

export function renderTable(results: readonly Measured[], heading: string): string {
  const rows = results.map((r) => [
    r.name,
    cell(r.value, r.unit),
    cell(r.floor, r.unit),
    r.ratio === null ? "-" : String(r.ratio),
    r.target,
    r.met === null ? "-" : r.met ? "yes" : "NO",
  ]);
  const header = ["measurement", "value", "floor", "ratio", "target", "met"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] as string).length)));
  const line = (row: readonly string[]) =>
    row
      .map((c, i) => c.padEnd(widths[i] as number))
      .join("  ")
      .trimEnd();
  return [heading, line(header), ...rows.map(line)].join("\n");
}
