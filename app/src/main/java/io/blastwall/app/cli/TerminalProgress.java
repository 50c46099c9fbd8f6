package io.blastwall.app.cli;

import io.blastwall.analysis.ProgressListener;
import java.io.PrintWriter;

/** Progress on a terminal's error stream, one updating line; silent when not on a terminal. */
final class TerminalProgress implements ProgressListener {
    private final PrintWriter err;
    private final boolean enabled;
    private String lastMessage = "";
    private long lastPrint;

    TerminalProgress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    static TerminalProgress forConsole(PrintWriter err) {
        return new TerminalProgress(err, System.console() != null);
    }

    @Override
    public synchronized void progress(String message, long done, long total) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (message.equals(lastMessage) && now - lastPrint < 100_000_000L && done < total) {
            return;
        }
        lastMessage = message;
        lastPrint = now;
        String amount = total > 0 ? String.format(" %d/%d (%d%%)", done, total, done * 100 / total) : "";
        err.print("\r\u001b[2K" + message + amount);
        err.flush();
    }

    synchronized void finish() {
        if (enabled && !lastMessage.isEmpty()) {
            err.print("\r\u001b[2K");
            err.flush();
        }
    }
}
