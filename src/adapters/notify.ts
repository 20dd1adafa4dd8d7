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
