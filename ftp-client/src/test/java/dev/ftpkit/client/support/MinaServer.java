package dev.ftpkit.client.support;

import dev.ftpkit.testkit.PeerFtpServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.ftpserver.DataConnectionConfigurationFactory;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.UserManager;
import org.apache.ftpserver.listener.Listener;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.usermanager.ClearTextPasswordEncryptor;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.WritePermission;

/**
 * Apache MINA FtpServer 1.2 in this JVM, on 127.0.0.1 and an ephemeral port, serving a temp
 * directory to one user who may write. Passive replies name 127.0.0.1.
 */
public final class MinaServer implements PeerFtpServer {

    private static final String USER = "tester";
    private static final String PASSWORD = "mina-probe-password";

    private final FtpServer server;
    private final Listener listener;
    private final Path home;

    private MinaServer(FtpServer server, Listener listener, Path home) {
        this.server = server;
        this.listener = listener;
        this.home = home;
    }

    /** Starts the server over {@code scratch/home}; its users file goes to {@code scratch}. */
    public static MinaServer start(Path scratch) throws IOException {
        // MINA warns "Releasing unreserved passive port" whenever a PASV replaces an unused
        // one, which the probe does on purpose; slf4j-simple reads a logger's level from
        // this property when MINA first creates the logger.
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.ftpserver.impl.PassivePorts",
                "error");
        Path home = Files.createDirectories(scratch.resolve("home"));
        DataConnectionConfigurationFactory data = new DataConnectionConfigurationFactory();
        data.setPassiveAddress("127.0.0.1");
        data.setPassiveExternalAddress("127.0.0.1");
        ListenerFactory listenerFactory = new ListenerFactory();
        listenerFactory.setServerAddress("127.0.0.1");
        listenerFactory.setPort(0);
        listenerFactory.setDataConnectionConfiguration(data.createDataConnectionConfiguration());
        Listener listener = listenerFactory.createListener();

        FtpServerFactory serverFactory = new FtpServerFactory();
        serverFactory.addListener("default", listener);
        serverFactory.setUserManager(users(scratch.resolve("users.properties"), home));
        FtpServer server = serverFactory.createServer();
        try {
            server.start();
        } catch (FtpException e) {
            throw new IOException("MINA FtpServer did not start: " + e.getMessage(), e);
        }
        return new MinaServer(server, listener, home);
    }

    private static UserManager users(Path file, Path home) throws IOException {
        // The user manager refuses a file that does not exist yet; it fills it on save.
        Files.writeString(file, "");
        PropertiesUserManagerFactory factory = new PropertiesUserManagerFactory();
        factory.setFile(file.toFile());
        factory.setPasswordEncryptor(new ClearTextPasswordEncryptor());
        UserManager users = factory.createUserManager();
        BaseUser user = new BaseUser();
        user.setName(USER);
        user.setPassword(PASSWORD);
        user.setHomeDirectory(home.toString());
        user.setAuthorities(List.of(new WritePermission()));
        try {
            users.save(user);
        } catch (FtpException e) {
            throw new IOException("cannot save the MINA user: " + e.getMessage(), e);
        }
        return users;
    }

    @Override
    public String name() {
        return "Apache MINA FtpServer";
    }

    @Override
    public int port() {
        return listener.getPort();
    }

    @Override
    public String user() {
        return USER;
    }

    @Override
    public String password() {
        return PASSWORD;
    }

    @Override
    public Path localHome() {
        return home;
    }

    @Override
    public String remoteHome() {
        return "/";
    }

    /** Does nothing: the server runs in this JVM, as the user who owns the files. */
    @Override
    public void handOver() {
    }

    @Override
    public void close() {
        server.stop();
    }
}
