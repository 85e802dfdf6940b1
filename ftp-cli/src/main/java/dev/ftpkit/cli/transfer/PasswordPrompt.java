package dev.ftpkit.cli.transfer;

import java.io.Console;
import java.util.Optional;

/** Asks the person at the terminal for a password, without echoing it. */
@FunctionalInterface
interface PasswordPrompt {

    /** A prompt that is never available, for runs without a terminal. */
    PasswordPrompt NONE = prompt -> Optional.empty();

    /**
     * Shows {@code prompt} and returns what was typed, or empty when no terminal is there
     * to ask (input or output redirected) or the input ended.
     */
    Optional<String> ask(String prompt);

    /** Returns the prompt on this process's console, when it has one. */
    static PasswordPrompt console() {
        return prompt -> {
            Console console = System.console();
            if (console == null) {
                return Optional.empty();
            }
            char[] typed = console.readPassword("%s", prompt);
            return typed == null ? Optional.empty() : Optional.of(new String(typed));
        };
    }
}
