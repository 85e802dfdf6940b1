package dev.ftpkit.cli;

import dev.ftpkit.server.FtpServer;
import dev.ftpkit.server.FtpServerConfig;
import dev.ftpkit.server.auth.InMemoryUserStore;
import dev.ftpkit.server.auth.PasswordHash;
import dev.ftpkit.server.auth.UserFile;
import dev.ftpkit.server.auth.UserStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ftpkit serve}: serves a directory over FTP until the process is stopped. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Serves a directory over FTP until you press Ctrl-C.",
            "",
            "With no options it serves the current directory on 127.0.0.1:2121 to one user, "
                    + "'ftpkit', whose random password is printed once, inside a "
                    + "ready-to-paste ftp:// URL.",
            ""})
final class Serve implements Callable<Integer> {

    static final String GENERATED_USER = "ftpkit";

    // The generated password holds 96 random bits, which no one can guess, so key stretching
    // adds nothing; a low cost keeps each login (curl logs in per command) instant.
    private static final int GENERATED_HASH_ITERATIONS = 1_000;

    @Spec
    private CommandSpec spec;

    @Option(names = "--root", paramLabel = "DIR",
            description = "Directory to serve. Users see it as / and cannot leave it. "
                    + "Default: the current directory.")
    private Path root = Path.of("");

    @Option(names = "--address", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to listen on: 0.0.0.0 for every IPv4 interface, ::1 for "
                    + "IPv6 loopback. Default: ${DEFAULT-VALUE}, reachable from this machine "
                    + "only.")
    private InetAddress address;

    @Option(names = "--port", paramLabel = "N", defaultValue = "2121",
            description = "Port for the control connection. 0 picks a free port, which the "
                    + "printed URL shows. Default: ${DEFAULT-VALUE}.")
    private int port;

    @Option(names = "--passive-ports", paramLabel = "FIRST-LAST",
            converter = PortRangeConverter.class,
            description = "Ports to listen on for passive data connections (PASV, EPSV), "
                    + "such as 50000-50100; open them in your firewall. Default: any free port.")
    private PortRange passivePorts;

    @Option(names = "--passive-address", paramLabel = "ADDR",
            description = "Address to announce in PASV replies when clients reach this "
                    + "machine at another address, as behind NAT. Default: the address the "
                    + "client connected to.")
    private InetAddress passiveAddress;

    @Option(names = "--users", paramLabel = "FILE",
            description = "Users file (.yaml, .yml or .json) listing name, password hash, "
                    + "home and write for each user; make hashes with 'ftpkit hash-password'. "
                    + "No 'ftpkit' user is generated then.")
    private Path usersFile;

    @Option(names = "--anonymous",
            description = "Also let anyone log in as 'anonymous' or 'ftp', with any password, "
                    + "read-only, at the root.")
    private boolean anonymous;

    // Read by Ftpkit.main before parsing (see LoggingSetup); declared here for parsing and help.
    @Option(names = {"-v", "--verbose"},
            description = "Log every command and reply (passwords are masked).")
    private boolean verbose;

    @Override
    public Integer call() throws InterruptedException {
        checkOptions();
        Path servedRoot = root.toAbsolutePath().normalize();
        Optional<String> generatedPassword = usersFile == null
                ? Optional.of(GeneratedPassword.next()) : Optional.empty();

        UserStore users;
        try {
            users = users(generatedPassword);
        } catch (IOException e) {
            return fail("cannot use the users file: %s", e.getMessage());
        }

        FtpServer server;
        try {
            server = FtpServer.start(config(servedRoot, users));
        } catch (BindException e) {
            return fail("cannot listen on %s port %d: %s; if another server uses the port, "
                    + "choose another with --port, or --port 0 for any free one",
                    address.getHostAddress(), port, deepestMessage(e));
        } catch (IOException e) {
            return fail("cannot start: %s", e.getMessage());
        }

        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "ftpkit-shutdown"));
        printWelcome(server, servedRoot, generatedPassword);

        // The server runs on its own threads; this one only waits for Ctrl-C, whose shutdown
        // hook closes the server before the JVM exits.
        new CountDownLatch(1).await();
        return CommandLine.ExitCode.OK;
    }

    private void checkOptions() {
        if (port < 0 || port > 65535) {
            throw usageError("--port must be 0 to 65535, not %d", port);
        }
        if (!Files.isDirectory(root)) {
            throw usageError("--root %s is not a directory", root.toAbsolutePath());
        }
        if (usersFile != null && !Files.isRegularFile(usersFile)) {
            throw usageError("--users %s: no such file", usersFile.toAbsolutePath());
        }
    }

    private UserStore users(Optional<String> generatedPassword) throws IOException {
        if (generatedPassword.isEmpty()) {
            return UserFile.load(usersFile);
        }
        String hash = PasswordHash.hash(generatedPassword.get().toCharArray(),
                GENERATED_HASH_ITERATIONS);
        return InMemoryUserStore.builder().add(GENERATED_USER, hash, "", true).build();
    }

    private FtpServerConfig config(Path servedRoot, UserStore users) {
        FtpServerConfig.Builder config = FtpServerConfig.builder()
                .bindAddress(address)
                .port(port)
                .root(servedRoot)
                .users(users)
                .anonymous(anonymous);
        if (passivePorts != null) {
            config.passivePorts(passivePorts.first(), passivePorts.last());
        }
        if (passiveAddress != null) {
            config.passiveAddress(passiveAddress);
        }
        try {
            return config.build();
        } catch (IllegalArgumentException e) {
            // The options are checked above; this catches a rule the server adds later.
            throw usageError("%s", e.getMessage());
        }
    }

    private void printWelcome(FtpServer server, Path servedRoot, Optional<String> password) {
        PrintWriter out = spec.commandLine().getOut();
        Optional<ServerUrl.Credentials> credentials =
                password.map(p -> new ServerUrl.Credentials(GENERATED_USER, p));

        out.printf("ftpkit %s serving %s%n", VersionProvider.version(), servedRoot);
        // The address asked for, with the port bound: a JVM listening on 0.0.0.0 reports the
        // dual-stack "::", yet a user who asked for IPv4 expects an IPv4 URL.
        InetSocketAddress listening =
                new InetSocketAddress(address, server.localAddress().getPort());
        out.printf("  %s%n", ServerUrl.of(listening, credentials));
        if (address.isAnyLocalAddress()) {
            out.printf("  Listening on every interface: from another machine, put this "
                    + "machine's address in the URL%n");
        }
        if (password.isEmpty()) {
            out.printf("  Users from %s%n", usersFile.toAbsolutePath());
        }
        if (anonymous) {
            out.printf("  Anonymous logins allowed, read-only%n");
        }
        out.printf("Press Ctrl-C to stop.%n");
        out.flush();
    }

    /** Returns the message of the innermost cause, which names what the system refused. */
    private static String deepestMessage(Throwable error) {
        Throwable deepest = error;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        return deepest.getMessage() != null ? deepest.getMessage() : deepest.toString();
    }

    private ParameterException usageError(String format, Object... values) {
        return new ParameterException(spec.commandLine(), String.format(format, values));
    }

    private int fail(String format, Object... values) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("ftpkit serve: " + String.format(format, values));
        err.flush();
        return CommandLine.ExitCode.SOFTWARE;
    }
}
