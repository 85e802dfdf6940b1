package dev.ftpkit.client.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The address a 227 names, judged against the control connection's peer. Only address
 * objects are built here; nothing connects anywhere.
 */
class PasvAddressCheckTest {

    private static CheckResult judge(String named, String control) throws UnknownHostException {
        return PasvAddressCheck.judge(InetAddress.getByName(named),
                InetAddress.getByName(control), new CheckReport("pasv-address", "title"));
    }

    @ParameterizedTest(name = "227 names {0}, control to {1}")
    @CsvSource({
        "192.168.1.10, 203.0.113.5",
        "10.0.0.7, 198.51.100.20",
        "172.16.4.4, 203.0.113.5",
        "100.64.0.1, 203.0.113.5",
        "0.0.0.0, 203.0.113.5",
        "10.0.0.7, 127.0.0.1"})
    void warnsAboutAPrivateAddressBehindNat(String named, String control) throws Exception {
        CheckResult result = judge(named, control);

        assertThat(result.verdict()).isEqualTo(CheckVerdict.WARN);
        assertThat(result.note()).contains(named, control, "NAT");
    }

    @ParameterizedTest(name = "227 names {0}, control to {1}")
    @CsvSource({"203.0.113.5, 203.0.113.5", "198.51.100.7, 203.0.113.5",
        "192.168.1.10, 192.168.1.10"})
    void passesAnAddressClientsReach(String named, String control) throws Exception {
        CheckResult result = judge(named, control);

        assertThat(result.verdict()).isEqualTo(CheckVerdict.PASS);
        assertThat(result.note()).doesNotContain("loopback");
    }

    @ParameterizedTest(name = "control to {0}")
    @CsvSource({"127.0.0.1", "::1"})
    void saysALoopbackControlConnectionCannotShowTheProblem(String loopback) throws Exception {
        CheckResult result = judge(loopback, loopback);

        assertThat(result.verdict()).isEqualTo(CheckVerdict.PASS);
        assertThat(result.note()).contains("loopback", "cannot");
    }
}
