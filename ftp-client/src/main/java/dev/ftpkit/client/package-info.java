/**
 * An FTP client that returns values or throws: {@link dev.ftpkit.client.FtpClient} for one
 * session, {@link dev.ftpkit.client.FtpTreeTransfer} for parallel tree copies,
 * {@link dev.ftpkit.client.ControlConnection} for raw command-and-reply work such as
 * probing a server, and {@link dev.ftpkit.client.ListingParser} for LIST and MLSD lines.
 *
 * <pre>{@code
 * try (FtpClient client = FtpClient.builder()
 *         .host("ftp.example.com")
 *         .credentials("alice", password)
 *         .connect()) {
 *     for (FtpEntry entry : client.list("/inbox")) {
 *         if (entry.isFile()) {
 *             client.download("/inbox/" + entry.name(), target.resolve(entry.name()));
 *         }
 *     }
 *     client.upload(report, "/outbox/report.csv");
 * } catch (FtpFileNotFoundException e) {
 *     // e.command(), e.code() and e.explanation() say what was refused and why
 * }
 * }</pre>
 *
 * <p>Types in {@code dev.ftpkit.client.internal} are not part of the API.
 */
package dev.ftpkit.client;
