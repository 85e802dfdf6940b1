package dev.ftpkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServerUrlTest {

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, 2121, ftp://127.0.0.1:2121/",
        "::1,       2121, ftp://[0:0:0:0:0:0:0:1]:2121/",
        "0.0.0.0,   21,   ftp://127.0.0.1:21/",
        "::,        40000, ftp://[0:0:0:0:0:0:0:1]:40000/",
        "192.0.2.7, 2121, ftp://192.0.2.7:2121/"})
    void namesTheListeningAddressOrLoopbackForTheWildcard(String address, int port,
            String expected) throws UnknownHostException {
        InetSocketAddress listening = new InetSocketAddress(InetAddress.getByName(address), port);

        assertThat(ServerUrl.of(listening, Optional.empty())).isEqualTo(expected);
    }

    @Test
    void carriesCredentialsThatAUriParserReadsBack() throws UnknownHostException {
        InetSocketAddress listening = new InetSocketAddress(InetAddress.getByName("::1"), 2121);

        URI url = URI.create(ServerUrl.of(listening,
                Optional.of(new ServerUrl.Credentials("ftpkit", "aB3-x_Yz09qwErTy"))));

        assertThat(url.getUserInfo()).isEqualTo("ftpkit:aB3-x_Yz09qwErTy");
        assertThat(url.getHost()).isEqualTo("[0:0:0:0:0:0:0:1]");
        assertThat(url.getPort()).isEqualTo(2121);
    }
}
