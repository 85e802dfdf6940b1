package dev.ftpkit.cli.transfer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds the user and password for a URL, in the order a person expects: the URL itself,
 * the {@code FTP_PASSWORD} environment variable, the netrc file, and finally a prompt on
 * the terminal. Without a user from the URL or the netrc file, the login is anonymous.
 */
public final class CredentialResolver {

    static final String PASSWORD_VARIABLE = "FTP_PASSWORD";

    private final Map<String, String> environment;
    private final Optional<Path> netrcFile;
    private final boolean netrcRequired;
    private final PasswordPrompt prompt;
    private final Consumer<String> warnings;
    private Netrc netrc;

    /**
     * Creates a resolver.
     *
     * @param environment the process environment, for {@code FTP_PASSWORD}
     * @param netrcFile the netrc file to read, when there is one to look for
     * @param netrcRequired whether a missing netrc file is an error (the user named it)
     *     rather than a file the user simply does not have
     * @param prompt the terminal prompt, {@link PasswordPrompt#NONE} without a terminal
     * @param warnings where to say that the netrc file is readable by others
     */
    CredentialResolver(Map<String, String> environment, Optional<Path> netrcFile,
            boolean netrcRequired, PasswordPrompt prompt, Consumer<String> warnings) {
        this.environment = environment;
        this.netrcFile = netrcFile;
        this.netrcRequired = netrcRequired;
        this.prompt = prompt;
        this.warnings = warnings;
    }

    /**
     * Returns the resolver a command without --netrc-file uses: {@code $HOME/.netrc} when
     * it exists, and the terminal's prompt when there is a terminal.
     *
     * @param warnings where to say that the netrc file is readable by others
     */
    public static CredentialResolver standard(Map<String, String> environment,
            Consumer<String> warnings) {
        PasswordPrompt prompt = System.console() != null ? PasswordPrompt.console()
                : PasswordPrompt.NONE;
        return new CredentialResolver(environment, defaultNetrc(environment), false, prompt,
                warnings);
    }

    /** Returns the netrc file a user has by default: {@code $HOME/.netrc}. */
    static Optional<Path> defaultNetrc(Map<String, String> environment) {
        // HOME first, as ftp(1) and curl do; Java's user.home comes from the password
        // database and ignores a HOME set for one run.
        String home = environment.getOrDefault("HOME", System.getProperty("user.home"));
        return home == null || home.isEmpty() ? Optional.empty()
                : Optional.of(Path.of(home, ".netrc"));
    }

    /**
     * Returns the credentials for {@code url}.
     *
     * @throws MissingPasswordException when a user is known but no source has a password
     * @throws IOException when the netrc file cannot be read or breaks the format
     */
    public Credentials resolve(FtpUrl url) throws IOException {
        if (url.user().isPresent() && url.password().isPresent()) {
            return new Credentials(url.user().get(), url.password().get(), "the URL");
        }
        Optional<Netrc.Entry> entry = netrc().lookup(url.host(), url.user());
        Optional<String> user = url.user().or(() -> entry.flatMap(Netrc.Entry::login));
        if (user.isEmpty() || isAnonymous(user.get()) && entry.isEmpty()) {
            return user.map(name -> new Credentials(name, Credentials.ANONYMOUS_PASSWORD,
                    "anonymous")).orElseGet(Credentials::anonymous);
        }

        Optional<String> fromEnvironment = Optional.ofNullable(environment.get(PASSWORD_VARIABLE));
        if (fromEnvironment.isPresent()) {
            return new Credentials(user.get(), fromEnvironment.get(), PASSWORD_VARIABLE);
        }
        Optional<String> fromNetrc = entry.flatMap(Netrc.Entry::password);
        if (fromNetrc.isPresent()) {
            return new Credentials(user.get(), fromNetrc.get(), netrcFile.get().toString());
        }
        Optional<String> typed = prompt.ask("Password for " + user.get() + "@" + url.host()
                + ": ");
        if (typed.isPresent()) {
            return new Credentials(user.get(), typed.get(), "the prompt");
        }
        throw new MissingPasswordException(user.get(), url);
    }

    private static boolean isAnonymous(String user) {
        return user.equalsIgnoreCase("anonymous") || user.equalsIgnoreCase("ftp");
    }

    private Netrc netrc() throws IOException {
        if (netrc != null) {
            return netrc;
        }
        if (netrcFile.isEmpty() || !netrcRequired && !Files.exists(netrcFile.get())) {
            netrc = Netrc.empty();
            return netrc;
        }
        Path file = netrcFile.get();
        if (!Files.exists(file)) {
            throw new NetrcFileMissingException(file);
        }
        warnIfOthersMayRead(file);
        netrc = Netrc.read(file);
        return netrc;
    }

    private void warnIfOthersMayRead(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.contains(PosixFilePermission.GROUP_READ)
                    || permissions.contains(PosixFilePermission.OTHERS_READ)) {
                warnings.accept("warning: " + file + " is readable by other users, who can read"
                        + " the passwords in it; run chmod 600 " + file);
            }
        } catch (UnsupportedOperationException | IOException e) {
            // No POSIX permissions (Windows): nothing to check; reading shows real problems.
        }
    }

    /** Thrown when the netrc file named by --netrc-file does not exist: a usage error. */
    static final class NetrcFileMissingException extends IOException {

        private static final long serialVersionUID = 1L;

        NetrcFileMissingException(Path file) {
            super("--netrc-file " + file + ": no such file");
        }
    }

    /** Thrown when a user is known but none of the sources has a password for it. */
    static final class MissingPasswordException extends IOException {

        private static final long serialVersionUID = 1L;

        MissingPasswordException(String user, FtpUrl url) {
            super("no password for " + user + " at " + url.host() + ": put it in the URL ("
                    + "ftp://" + user + ":PASSWORD@...), in the " + PASSWORD_VARIABLE
                    + " environment variable or in ~/.netrc, or run on a terminal to be asked");
        }
    }
}
