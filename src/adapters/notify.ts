/** Notifiers: lines on a stream (the run's log). Others (chat, e-mail) plug in behind the same interface. */
import type { Notice, Notifier } from "../core/notify.js";

const LABEL: Record<Notice["level"], string> = { info: "notice", warning: "warning", alert: "ALERT" };

export function streamNotifier(write: (line: string) => void): Notifier {
  return {
    async notify(notice) {
      write(`${LABEL[notice.level]} ${notice.code}: ${notice.message}`);
    },
  };
}

/** Sends every notice to each notifier; one failing does not stop the others, and never throws. */
export function fanOut(notifiers: readonly Notifier[], onError: (error: unknown) => void): Notifier {
  return {
    async notify(notice) {
      for (const notifier of notifiers) {
        try {
          await notifier.notify(notice);
        } catch (error) {
          onError(error);
        }
      }
    },
  };
}
