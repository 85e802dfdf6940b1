package dev.ftpkit.client;

import java.time.Duration;

/**
 * What a tree transfer did.
 *
 * @param files the number of files transferred
 * @param directories the number of directories created on the receiving side, the top one
 *     included
 * @param bytes the bytes of all files transferred
 * @param elapsed the wall-clock time from the first listing to the last reply
 */
public record TreeTransferResult(int files, int directories, long bytes, Duration elapsed) {
}
