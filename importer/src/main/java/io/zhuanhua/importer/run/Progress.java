package io.zhuanhua.importer.run;

import java.io.PrintStream;

/**
 * A progress bar on stderr: redrawn in place on a terminal, a line per tenth of the file otherwise (CI
 * logs), so stdout stays free for the summary.
 */
final class Progress {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream out;
    private final long totalLines;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long lastDraw;
    private int lastTenth = -1;

    Progress(PrintStream out, long totalLines, boolean terminal) {
        this.out = out;
        this.totalLines = Math.max(1, totalLines);
        this.terminal = terminal;
    }

    void update(long line) {
        long now = System.nanoTime();
        int tenth = (int) Math.min(10, line * 10 / totalLines);
        if (terminal ? now - lastDraw >= REDRAW_NANOS : tenth > lastTenth) {
            lastDraw = now;
            lastTenth = tenth;
            draw(line, now);
        }
    }

    void done(long line) {
        draw(line, System.nanoTime());
        if (terminal) {
            out.println();
        }
    }

    private void draw(long line, long now) {
        double fraction = Math.min(1.0, (double) line / totalLines);
        int filled = (int) Math.round(fraction * WIDTH);
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        double rate = line / seconds;
        long eta = rate <= 0 ? 0 : Math.round((totalLines - line) / rate);
        String bar = "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "]";
        String text = String.format("%s %3.0f%%  line %,d of %,d  %,.0f lines/s  ETA %ds", bar, fraction * 100,
                line, totalLines, rate, Math.max(0, eta));
        if (terminal) {
            out.print("\r" + text);
        } else {
            out.println(text);
        }
        out.flush();
    }
}
