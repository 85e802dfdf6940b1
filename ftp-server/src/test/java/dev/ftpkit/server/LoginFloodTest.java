package dev.ftpkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpkit.server.auth.UserAccount;
import dev.ftpkit.server.auth.UserStore;
import dev.ftpkit.server.support.RawControl;
import dev.ftpkit.server.support.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.commons.net.ftp.FTPClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Password checks run on login threads of their own: while many of them hang, as a slow
 * hash under a flood of PASS would, logged-in sessions keep listing and transferring, and
 * logins past the limit get 421 at once instead of piling up.
 */
@Timeout(60)
class LoginFloodTest {

    /** More than the most file executors a server has (8), so each would hold a login. */
    private static final int SLOW_LOGINS = 16;

    @TempDir
    Path root;

    private final GatedUserStore users = new GatedUserStore();
    private final List<RawControl> slowLogins = new ArrayList<>();
    private TestServer server;

    @BeforeEach
    void arrange() throws IOException {
        Files.writeString(root.resolve("a.txt"), "a");
    }

    @AfterEach
    void stop() {
        users.open();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void hangingLoginsDoNotHoldUpALoggedInSession() throws IOException, InterruptedException {
        server = TestServer.start(root, config -> config.users(users));
        FTPClient alice = server.login("alice");
        for (int i = 0; i < SLOW_LOGINS; i++) {
            startSlowLogin();
        }
        assertThat(users.awaitHanging(2)).as("login threads busy with hanging checks").isTrue();

        boolean noop = alice.sendNoOp();
        String pwd = alice.printWorkingDirectory();
        String[] names = alice.listNames();

        assertThat(noop).isTrue();
        assertThat(pwd).isEqualTo("/");
        assertThat(names).as(alice.getReplyString()).contains("a.txt");
    }

    @Test
    void hangingLoginsAllSucceedOnceTheChecksFinish() throws IOException, InterruptedException {
        server = TestServer.start(root, config -> config.users(users));
        for (int i = 0; i < SLOW_LOGINS; i++) {
            startSlowLogin();
        }
        assertThat(users.awaitHanging(2)).isTrue();

        users.open();

        for (RawControl connection : slowLogins) {
            assertThat(connection.readReply().code()).isEqualTo(230);
        }
    }

    @Test
    void loginBeyondTheLimitGets421AndIsClosed() throws IOException, InterruptedException {
        server = TestServer.start(root, config -> config.users(users).maxLoginsInProgress(2));
        startSlowLogin();
        startSlowLogin();
        assertThat(users.awaitHanging(2)).isTrue();

        try (RawControl third = server.raw()) {
            third.send("USER slow");
            RawControl.Reply refused = third.send("PASS " + TestServer.PASSWORD);

            assertThat(refused.code()).isEqualTo(421);
            assertThat(refused.text()).contains("Too many logins in progress");
            assertThat(third.isClosedByServer()).isTrue();
        }
    }

    @Test
    void finishedLoginsFreeTheirPlaces() throws IOException, InterruptedException {
        server = TestServer.start(root, config -> config.users(users).maxLoginsInProgress(2));
        startSlowLogin();
        startSlowLogin();
        assertThat(users.awaitHanging(2)).isTrue();

        users.open();
        for (RawControl connection : slowLogins) {
            connection.readReply();
        }
        FTPClient alice = server.login("alice");

        assertThat(alice.isConnected()).isTrue();
    }

    @Test
    void closingTheServerStopsHangingLogins() throws IOException, InterruptedException {
        server = TestServer.start(root, config -> config.users(users));
        startSlowLogin();
        startSlowLogin();
        assertThat(users.awaitHanging(2)).isTrue();

        server.close();

        assertThat(loginThreadsEnd()).as("login threads still alive after close").isTrue();
    }

    /** Waits up to 5 s for every login thread to end: a thread lives on a moment after its pool. */
    private static boolean loginThreadsEnd() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            boolean alive = Thread.getAllStackTraces().keySet().stream()
                    .anyMatch(thread -> thread.getName().startsWith("ftpkit-login"));
            if (!alive) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** Sends USER and PASS for the slow user, without waiting for the PASS reply. */
    private void startSlowLogin() throws IOException {
        RawControl connection = server.raw();
        slowLogins.add(connection);
        assertThat(connection.send("USER slow").code()).isEqualTo(331);
        connection.write("PASS " + TestServer.PASSWORD + "\r\n");
    }

    /**
     * Lets every user but "slow" in at once with the test password; holds each check of
     * "slow" until {@link #open}, as a very slow hash would, and counts the checks that hang.
     */
    private static final class GatedUserStore implements UserStore {

        private final CountDownLatch gate = new CountDownLatch(1);
        private final Semaphore hanging = new Semaphore(0);

        @Override
        public Optional<UserAccount> authenticate(String name, String password) {
            if (name.equals("slow")) {
                hanging.release();
                try {
                    if (!gate.await(30, TimeUnit.SECONDS)) {
                        return Optional.empty();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
            }
            return password.equals(TestServer.PASSWORD)
                    ? Optional.of(new UserAccount(name, Path.of(""), true))
                    : Optional.empty();
        }

        boolean awaitHanging(int count) throws InterruptedException {
            return hanging.tryAcquire(count, 10, TimeUnit.SECONDS);
        }

        void open() {
            gate.countDown();
        }
    }
}
