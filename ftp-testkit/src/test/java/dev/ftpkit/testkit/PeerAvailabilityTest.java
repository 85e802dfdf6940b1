package dev.ftpkit.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ftpkit.testkit.PeerAvailability.Peer;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class PeerAvailabilityTest {

    @Test
    void usablePeerLetsTheTestRun() {
        assertThatCode(() -> PeerAvailability.decide(Peer.VSFTPD, Optional.empty(), true))
                .doesNotThrowAnyException();
    }

    @Test
    void missingPeerSkipsTheTestOutsideCi() {
        assertThatThrownBy(() -> PeerAvailability.decide(Peer.VSFTPD,
                Optional.of("/usr/sbin/vsftpd is missing; apt-get install vsftpd"), false))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("VSFTPD not usable: /usr/sbin/vsftpd is missing");
    }

    @Test
    void missingPeerFailsTheTestUnderCi() {
        assertThatThrownBy(() -> PeerAvailability.decide(Peer.PYFTPDLIB,
                Optional.of("cannot import pyftpdlib"), true))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("CI=true, so a missing peer is an error, not a skip");
    }
}
