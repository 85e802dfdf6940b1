package dev.ftpkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpkit.client.internal.PassiveAddresses;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which 227 addresses the client believes, as a table. No sockets involved. */
class PassiveAddressesTest {

    @ParameterizedTest(name = "227 names {0}, control peer {1}, trust {2}: connect to {3}")
    @CsvSource({
            "10.1.2.3,      127.0.0.1,    false, 127.0.0.1",
            "192.168.1.20,  203.0.113.9,  false, 203.0.113.9",
            "172.16.0.5,    203.0.113.9,  false, 203.0.113.9",
            "100.64.1.1,    203.0.113.9,  false, 203.0.113.9",
            "169.254.3.4,   203.0.113.9,  false, 203.0.113.9",
            "0.0.0.0,       203.0.113.9,  false, 203.0.113.9",
            "127.0.0.1,     203.0.113.9,  false, 203.0.113.9",
            "10.1.2.3,      10.1.2.3,     false, 10.1.2.3",
            // A routable third host: following it lets a server aim the client's connection
            // anywhere (curl CVE-2020-8284); curl and ftplib ignore the address too.
            "198.51.100.7,  203.0.113.9,  false, 203.0.113.9",
            "198.51.100.7,  203.0.113.9,  true,  198.51.100.7",
            "10.1.2.3,      127.0.0.1,    true,  10.1.2.3"})
    void believesOnlyRoutableOrTrustedAddresses(String named, String control, boolean trust,
            String expected) throws Exception {
        InetSocketAddress target = PassiveAddresses.choose(
                new InetSocketAddress(InetAddress.getByName(named), 50000),
                InetAddress.getByName(control), trust);

        assertThat(target).isEqualTo(new InetSocketAddress(InetAddress.getByName(expected),
                50000));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Entering Passive Mode (127,0,0,1,195,80). | 127.0.0.1 | 50000",
            "Entering Passive Mode 10,1,2,3,0,21 | 10.1.2.3 | 21",
            "=127,0,0,1,4,1 | 127.0.0.1 | 1025"})
    void readsTheAddressOfPasvReplies(String text, String address, int port) throws Exception {
        assertThat(PassiveAddresses.fromPasv(text)).contains(
                new InetSocketAddress(InetAddress.getByName(address), port));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Entering Passive Mode (127,0,0,1,0,0)", "(127,0,0,1,256,1)",
            "(127,0,0,300,4,1)", "no numbers here"})
    void findsNoUsableAddressInPasvRepliesWithPortZeroOrBadNumbers(String text) {
        assertThat(PassiveAddresses.fromPasv(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"(|||0|)", "(|||70000|)", "(|||99999999999|)", "(||||)"})
    void findsNoPortInEpsvRepliesOutOfRange(String text) {
        assertThat(PassiveAddresses.fromEpsv(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Entering Extended Passive Mode (|||50000|); 50000",
            "Entering Extended Passive Mode (!!!2121!); 2121"})
    void readsThePortOfEpsvReplies(String text, int port) {
        assertThat(PassiveAddresses.fromEpsv(text)).contains(port);
    }
}
