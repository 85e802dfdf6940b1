package dev.ftpkit.protocol.diagnostics;

/** How much a finding matters, most serious first. */
public enum Severity {
    /** The RFC forbids what happened, or the server's reply contradicts the RFC. */
    ERROR,
    /** Discouraged, or real servers disagree: it worked here and fails elsewhere. */
    WARNING,
    /** Nothing wrong in the order of commands; an explanation of a reply worth reading. */
    INFO
}
