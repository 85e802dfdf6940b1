package dev.ftpkit.cli.transfer;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar for a terminal: name, percent, bar, bytes, rate and time left,
 * redrawn in place with a carriage return.
 *
 * <pre>
 * report.csv          42% [#####         ] 1.2 MiB/2.8 MiB  3.4 MiB/s  0:02 left
 * </pre>
 *
 * <p>It redraws at most every {@value #REDRAW_MILLIS} ms, however often bytes arrive, so a
 * fast transfer does not spend its time writing to the terminal; {@link #finish} always
 * draws the final state. Without a known size it shows bytes and rate only. The rate is the
 * average since the bar started, which is steadier to read than the last instant's.
 */
final class ProgressBar implements TransferProgress {

    static final long REDRAW_MILLIS = 100;
    private static final int BAR_CELLS = 14;
    /** Columns the figures after the name take in the common case. */
    private static final int FIGURES_WIDTH = 62;

    private final PrintWriter terminal;
    private final String label;
    private final long total;
    private final long offset;
    private final LongSupplier nanoClock;
    private final int width;
    private final long started;
    private long moved;
    private long lastDrawn = Long.MIN_VALUE;
    private int lastLength;
    private boolean finished;

    /**
     * Creates a bar and draws it once.
     *
     * @param terminal where to draw, standard error
     * @param label the file's name
     * @param total the size the file will have, or -1 when unknown
     * @param offset the bytes already there before this transfer (a resumed one)
     * @param nanoClock the time in nanoseconds, {@code System::nanoTime} outside tests
     * @param width the terminal's columns; the line stays shorter than that
     */
    ProgressBar(PrintWriter terminal, String label, long total, long offset,
            LongSupplier nanoClock, int width) {
        this.terminal = terminal;
        this.label = label;
        this.total = total;
        this.offset = offset;
        this.nanoClock = nanoClock;
        this.width = Math.max(40, width);
        this.started = nanoClock.getAsLong();
        draw(started);
    }

    @Override
    public void advance(long bytes) {
        moved += bytes;
        long now = nanoClock.getAsLong();
        if (now - lastDrawn >= Duration.ofMillis(REDRAW_MILLIS).toNanos()) {
            draw(now);
        }
    }

    @Override
    public void finish() {
        if (finished) {
            return;
        }
        finished = true;
        draw(nanoClock.getAsLong());
        terminal.print('\n');
        terminal.flush();
    }

    private void draw(long now) {
        lastDrawn = now;
        String line = line(now);
        // Spaces over what a longer previous line left behind.
        String padding = " ".repeat(Math.max(0, lastLength - line.length()));
        lastLength = line.length();
        terminal.print('\r' + line + padding);
        terminal.flush();
    }

    /** Returns the bar's text at {@code now}, without the carriage return. */
    String line(long now) {
        long done = offset + moved;
        Duration elapsed = Duration.ofNanos(now - started);
        double seconds = elapsed.toNanos() / 1e9;
        String rate = seconds < 0.001 ? "--- B/s" : Units.rate(moved / seconds);
        String figures;
        if (total > 0) {
            int percent = (int) Math.min(100, done * 100 / total);
            int filled = (int) Math.min(BAR_CELLS, done * BAR_CELLS / total);
            String bar = "#".repeat(filled) + " ".repeat(BAR_CELLS - filled);
            String left = moved > 0 && seconds >= 0.001 && done < total
                    ? Units.clock(Duration.ofMillis(Math.round((total - done) * seconds * 1000
                            / moved))) + " left"
                    : "";
            figures = String.format(Locale.ROOT, "%3d%% [%s] %s/%s  %s  %s", percent, bar,
                    Units.bytes(done), Units.bytes(total), rate, left);
        } else {
            figures = String.format(Locale.ROOT, "%s  %s", Units.bytes(done), rate);
        }
        return fit(label, Math.max(8, width - FIGURES_WIDTH)) + " " + figures.stripTrailing();
    }

    private static String fit(String name, int room) {
        if (name.length() <= room) {
            return String.format("%-" + room + "s", name);
        }
        return "..." + name.substring(name.length() - (room - 3));
    }
}
