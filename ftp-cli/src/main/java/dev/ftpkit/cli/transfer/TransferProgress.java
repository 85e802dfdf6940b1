package dev.ftpkit.cli.transfer;

/** Hears how many bytes a transfer has moved, to show it. Used by one thread at a time. */
interface TransferProgress {

    /** Progress that shows nothing: not on a terminal, or --quiet or --json. */
    TransferProgress NONE = new TransferProgress() {
        @Override
        public void advance(long bytes) {
        }

        @Override
        public void finish() {
        }
    };

    /** Counts {@code bytes} more moved. */
    void advance(long bytes);

    /** Ends the display, successful or not; the next output starts on a fresh line. */
    void finish();
}
