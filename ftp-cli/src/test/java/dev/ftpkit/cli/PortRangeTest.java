package dev.ftpkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PortRangeTest {

    @ParameterizedTest
    @CsvSource({
        "50000-50100, 50000, 50100",
        "1024-1024,   1024,  1024",
        "60000-65535, 60000, 65535",
        "' 50000 - 50001 ', 50000, 50001"})
    void parsesFirstAndLast(String text, int first, int last) {
        assertThat(PortRange.parse(text)).isEqualTo(new PortRange(first, last));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "50000", "50000-", "-50000", "x-y", "50001-50000", "21-22",
        "1023-2000", "65535-65536"})
    void refusesWhatIsNotAUsableRange(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> PortRange.parse(text))
                .withMessageContaining("FIRST-LAST");
    }
}
