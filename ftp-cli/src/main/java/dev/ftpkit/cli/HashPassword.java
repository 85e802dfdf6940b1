package dev.ftpkit.cli;

import dev.ftpkit.server.auth.PasswordHash;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ftpkit hash-password}: turns a password into the hash a users file stores. */
@Command(name = "hash-password",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Reads a password and prints its hash, then an entry for a users file "
                    + "(see 'ftpkit serve --users').",
            "",
            "On a terminal the password is asked for twice, without echo. Otherwise the first "
                    + "line of standard input is read, so a script can pipe it in.",
            ""})
final class HashPassword implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--name", paramLabel = "USER", defaultValue = "alice",
            description = "User name to put in the printed users-file entry. "
                    + "Default: ${DEFAULT-VALUE}.")
    private String name;

    private final InputStream stdin;
    private final Console console;

    /** Reads from the terminal when there is one, else from standard input. */
    HashPassword() {
        this(System.in, System.console());
    }

    /** Reads from {@code console} when not null, else one line of {@code stdin}. */
    HashPassword(InputStream stdin, Console console) {
        this.stdin = stdin;
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        Optional<char[]> password = console != null ? askTwice() : readLine();
        if (password.isEmpty()) {
            return CommandLine.ExitCode.SOFTWARE;
        }
        if (password.get().length == 0) {
            return fail("an empty password is refused; type one, or pipe one line in");
        }

        String hash = PasswordHash.hash(password.get());
        Arrays.fill(password.get(), '\0');
        printEntry(hash);
        return CommandLine.ExitCode.OK;
    }

    private Optional<char[]> askTwice() {
        char[] first = console.readPassword("Password: ");
        char[] second = first == null ? null : console.readPassword("Repeat password: ");
        if (second == null) {
            fail("no password read: the input ended");
            return Optional.empty();
        }
        if (!Arrays.equals(first, second)) {
            Arrays.fill(first, '\0');
            Arrays.fill(second, '\0');
            fail("the two passwords differ; nothing was hashed");
            return Optional.empty();
        }
        Arrays.fill(second, '\0');
        return Optional.of(first);
    }

    private Optional<char[]> readLine() throws IOException {
        // Not closed: closing the reader would close System.in, which the JVM owns.
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        String line = reader.readLine();
        if (line == null) {
            fail("no password read: standard input was empty");
            return Optional.empty();
        }
        return Optional.of(line.toCharArray());
    }

    private void printEntry(String hash) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(hash);
        out.println();
        out.println("# An entry for a users file (users.yaml), for 'ftpkit serve --users':");
        out.println("users:");
        out.println("  - name: " + yamlString(name));
        out.println("    password: " + yamlString(hash));
        // Commented out: a home that does not exist under --root makes every login fail,
        // and the root is the right home for most users.
        out.printf("    # %-26s # optional: an existing directory under --root; default the root%n",
                "home: " + yamlString(name));
        out.printf("    %-28s # optional: false makes the user read-only%n", "write: true");
        out.flush();
    }

    /** Returns {@code text} as a double-quoted YAML scalar, safe whatever it holds. */
    static String yamlString(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private int fail(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("ftpkit hash-password: " + message);
        err.flush();
        return CommandLine.ExitCode.SOFTWARE;
    }
}
