/**
 * Everything the action says to the runner — log lines, annotations, outputs, the job summary,
 * the step's failure — through @actions/core, behind one small interface.
 */
import * as core from "@actions/core";
import { neutraliseWorkflowCommands as neutralise } from "./workflow-commands.js";

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

/**
 * Every piece of text for the runner's log goes through `neutralise`, here and nowhere else, so no
 * call site can forget it. @actions/core escapes annotation messages and properties (%, CR, LF,
 * and ":" and "," in properties), so they stay one command line; their text is neutralised as
 * well, so that it stays harmless however a reader later splits it. The annotation's file is left
 * exact, so that it still names the file.
 */
const properties = (where: Annotation = {}): core.AnnotationProperties => ({
  ...(where.title !== undefined ? { title: neutralise(where.title) } : {}),
  ...(where.file !== undefined ? { file: where.file } : {}),
  ...(where.line !== undefined ? { startLine: where.line } : {}),
  ...(where.column !== undefined ? { startColumn: where.column } : {}),
});

export const actionsIO: ActionIO = {
  info: (message) => core.info(neutralise(message)),
  notice: (message, where) => core.notice(neutralise(message), properties(where)),
  warning: (message, where) => core.warning(neutralise(message), properties(where)),
  error: (message, where) => core.error(neutralise(message), properties(where)),
  // Outputs go to the GITHUB_OUTPUT file, as values for later steps: they must stay exact.
  setOutput: (name, value) => core.setOutput(name, value),
  appendSummary: async (markdown) => {
    await core.summary.addRaw(markdown, true).write();
    core.summary.emptyBuffer();
  },
  fail: (message) => core.setFailed(neutralise(message)),
  debug: (message) => core.debug(neutralise(message)),
};
