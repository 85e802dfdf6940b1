package dev.ftpkit.client.probe;

import dev.ftpkit.client.FtpException;

/**
 * One check of the probe: it sends a few commands over sessions from the
 * {@link ProbeContext} and judges the replies. Checks are bounded: each reply is waited
 * for at most the reply timeout, and the whole check at most
 * {@link ProbeSettings#checkTimeout()}.
 */
interface ProbeCheck {

    /** Returns the check's stable identifier, such as {@code pass-before-user}. */
    String id();

    /** Returns what the check asks, in words. */
    String title();

    /**
     * Runs the check and returns its result. May throw when a session cannot be set up or
     * breaks; the probe then records a FAIL that quotes the exception.
     */
    CheckResult run(ProbeContext context) throws FtpException;

    /** Returns a report to fill in for this check. */
    default CheckReport report() {
        return new CheckReport(id(), title());
    }
}
