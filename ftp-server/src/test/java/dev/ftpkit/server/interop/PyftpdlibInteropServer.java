package dev.ftpkit.server.interop;

import dev.ftpkit.testkit.PyftpdlibServer;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Debian's pyftpdlib, from ftp-testkit's fixture, as the reference the interop tests can be
 * pointed at instead of ftpkit. The fixture skips the test when pyftpdlib is missing, or
 * fails it under {@code CI=true}, and stops the Python process when closed.
 */
final class PyftpdlibInteropServer implements InteropServer {

    private final PyftpdlibServer server;

    private PyftpdlibInteropServer(PyftpdlibServer server) {
        this.server = server;
    }

    /** Starts pyftpdlib serving {@code scratch/home}; its script and log go to scratch. */
    static PyftpdlibInteropServer start(Path scratch) throws IOException, InterruptedException {
        return new PyftpdlibInteropServer(PyftpdlibServer.start(scratch));
    }

    @Override
    public String name() {
        return server.name();
    }

    @Override
    public String host() {
        return server.host();
    }

    @Override
    public int port() {
        return server.port();
    }

    @Override
    public String user() {
        return server.user();
    }

    @Override
    public String password() {
        return server.password();
    }

    @Override
    public Path home() {
        return server.localHome();
    }

    @Override
    public void close() {
        server.close();
    }

    @Override
    public String toString() {
        return server.toString();
    }
}
