package dev.ftpkit.protocol.command;

/** Whether a verb takes an argument. */
public enum ArgumentRule {
    /** The verb must be sent alone; an argument gets 501. */
    NONE,
    /** The verb needs an argument; without one it gets 501. */
    REQUIRED,
    /** The argument may be given or left out. */
    OPTIONAL
}
