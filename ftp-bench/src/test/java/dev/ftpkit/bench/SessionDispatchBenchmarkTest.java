package dev.ftpkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Checks that {@link SessionDispatchBenchmark} measures what it says: a logged-in session
 * answers each command with its real reply, one reply per command, none left over.
 */
@Timeout(60)
class SessionDispatchBenchmarkTest {

    private final SessionDispatchBenchmark benchmark = new SessionDispatchBenchmark();

    @BeforeEach
    void setUp() throws Exception {
        benchmark.setUp();
    }

    @AfterEach
    void tearDown() throws Exception {
        benchmark.tearDown();
    }

    // Repeated because the login in setup crosses threads (see awaitFileExecutorsIdle); a
    // race there showed as a missing reply to the first command, now and then.
    @RepeatedTest(10)
    void eachCommandGetsItsSuccessReply() {
        assertThat(benchmark.noop()).isEqualTo(200);
        assertThat(benchmark.pwd()).isEqualTo(257);
        assertThat(benchmark.typeImage()).isEqualTo(200);
        assertThat(benchmark.harnessFloor()).isEqualTo(200);
    }

    @Test
    void repeatedCommandsLeaveNoReplyUnread() {
        for (int i = 0; i < 1_000; i++) {
            benchmark.noop();
            benchmark.pwd();
            benchmark.typeImage();
            benchmark.harnessFloor();
        }

        assertThat(benchmark.unreadReplies()).isZero();
        assertThat(benchmark.pwd()).isEqualTo(257);
    }
}
