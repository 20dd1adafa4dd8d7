/**
 * Everything the action says to the runner — log lines, annotations, outputs, the job summary,
 * the step's failure — through @actions/core, behind one small interface.
 */
import * as core from "@actions/core";

export interface Annotation {
  file?: string;
  line?: number;
  column?: number;
  title?: string;
}

export interface ActionIO {
  info(message: string): void;
  /** A note in the run's annotations that does not fail anything (e.g. a write a fork's token may not make). */
  notice(message: string, where?: Annotation): void;
  warning(message: string, where?: Annotation): void;
  error(message: string, where?: Annotation): void;
  setOutput(name: string, value: string): void;
  appendSummary(markdown: string): Promise<void>;
  /** Fails the step with this message; the run goes on to report what it can. */
  fail(message: string): void;
  debug(message: string): void;
}

const properties = (where: Annotation = {}): core.AnnotationProperties => ({
  ...(where.title !== undefined ? { title: where.title } : {}),
  ...(where.file !== undefined ? { file: where.file } : {}),
  ...(where.line !== undefined ? { startLine: where.line } : {}),
  ...(where.column !== undefined ? { startColumn: where.column } : {}),
});

/**
 * Log text may hold untrusted words (paths, codes quoting a request). A line that starts with
 * "::" would be read by the runner as a workflow command; this keeps it a line of text.
 */
export const logSafe = (message: string) => message.replace(/^::/gm, ": :");

export const actionsIO: ActionIO = {
  info: (message) => core.info(logSafe(message)),
  // Annotation messages and properties are escaped by @actions/core (%, CR, LF, ":" and ",").
  notice: (message, where) => core.notice(message, properties(where)),
  warning: (message, where) => core.warning(message, properties(where)),
  error: (message, where) => core.error(message, properties(where)),
  setOutput: (name, value) => core.setOutput(name, value),
  appendSummary: async (markdown) => {
    await core.summary.addRaw(markdown, true).write();
    core.summary.emptyBuffer();
  },
  fail: (message) => core.setFailed(message),
  debug: (message) => core.debug(logSafe(message)),
};
