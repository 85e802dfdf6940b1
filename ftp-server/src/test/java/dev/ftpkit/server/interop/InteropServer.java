package dev.ftpkit.server.interop;

import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * An FTP server on a loopback ephemeral port, serving one user whose home is a temp
 * directory, for external clients to talk to.
 *
 * <p>The interop tests run against ftpkit's own server. Run them with
 * {@code -Dftpkit.interop.server=pyftpdlib} to point the very same tests at Debian's
 * pyftpdlib instead: when a test fails against ours, that tells at once whether the test
 * or the server is wrong.
 */
public interface InteropServer extends AutoCloseable {

    String SERVER_PROPERTY = "ftpkit.interop.server";

    /**
     * Starts the server chosen by {@value #SERVER_PROPERTY} (ftpkit unless set), serving
     * {@code scratch/home}; a server that keeps files of its own (logs, scripts) puts them
     * in {@code scratch} too.
     */
    static InteropServer start(Path scratch) throws Exception {
        String choice = System.getProperty(SERVER_PROPERTY, "ftpkit");
        return switch (choice) {
            case "ftpkit" -> FtpkitServer.start(scratch.resolve("home"));
            case "pyftpdlib" -> PyftpdlibInteropServer.start(scratch);
            default -> throw new IllegalArgumentException(SERVER_PROPERTY + "=" + choice
                    + " is not a known server; use ftpkit or pyftpdlib");
        };
    }

    /** Returns a password of letters and digits, so no client needs it quoted. */
    static String randomPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }

    /** A short name for messages: which server the failing test ran against. */
    String name();

    /** The numeric loopback address the server listens on. */
    default String host() {
        return "127.0.0.1";
    }

    int port();

    String user();

    String password();

    /** The directory on disk that the user sees as {@code /}. */
    Path home();

    /** Returns {@code ftp://user:password@host:port/} followed by {@code path}. */
    default String url(String path) {
        return "ftp://" + user() + ":" + password() + "@" + host() + ":" + port() + "/" + path;
    }

    /** Stops the server; it stops accepting and drops its sessions. */
    @Override
    void close();
}
