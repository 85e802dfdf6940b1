package dev.ftpkit.cli.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsTest {

    @ParameterizedTest(name = "{0} bytes")
    @CsvSource({
        "0, 0 B",
        "1023, 1023 B",
        "1024, 1.0 KiB",
        "1536, 1.5 KiB",
        "3355443, 3.2 MiB",
        "1073741824, 1.0 GiB",
        "9223372036854775807, 8.0 EiB"})
    void writesBytesInPowersOf1024(long bytes, String shown) {
        assertThat(Units.bytes(bytes)).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0} ms")
    @CsvSource({
        "0, 0:00",
        "1499, 0:01",
        "61000, 1:01",
        "3723000, 1:02:03"})
    void writesDurationsAsAClock(long millis, String shown) {
        assertThat(Units.clock(Duration.ofMillis(millis))).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0} B/s")
    @CsvSource({"512.4, 512 B/s", "2097152, 2.0 MiB/s"})
    void writesRatesPerSecond(double bytesPerSecond, String shown) {
        assertThat(Units.rate(bytesPerSecond)).isEqualTo(shown);
    }
}
