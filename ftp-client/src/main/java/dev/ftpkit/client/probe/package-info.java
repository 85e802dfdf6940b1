/**
 * A conformance probe of live FTP servers: {@link dev.ftpkit.client.probe.ServerProbe}
 * runs a suite of bounded checks and returns a {@link dev.ftpkit.client.probe.Scorecard}
 * of {@link dev.ftpkit.client.probe.CheckResult}s, each PASS, WARN, FAIL or SKIP with what
 * was sent, expected and received. {@link dev.ftpkit.client.probe.ScorecardText} renders
 * it for a terminal; {@code ftpkit probe} is the command-line front.
 *
 * <pre>{@code
 * ProbeSettings settings = ProbeSettings.of("ftp.example.org", 21, "alice", password)
 *         .withDirectory("incoming");
 * Scorecard scorecard = ServerProbe.run(settings);
 * if (scorecard.hasFailures()) {
 *     System.out.print(ScorecardText.render(scorecard, 100, false));
 * }
 * }</pre>
 *
 * <p>Out-of-order commands are sent on purpose through
 * {@link dev.ftpkit.client.ControlConnection#sendLine}, which skips the sequencing check
 * that {@link dev.ftpkit.client.ControlConnection#send} applies. What each of them should
 * get comes from the protocol's sequencing rules, and how real servers answer instead from
 * the diagnostics library's {@code ServerQuirks}, so the probe, the server and
 * {@code ftpkit explain} agree.
 */
package dev.ftpkit.client.probe;
