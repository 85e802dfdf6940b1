package dev.ftpkit.protocol.diagnostics.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PythonReprTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "'USER alice'                 | USER alice",
            "\"it's\"                     | it's",
            "'a\\'b'                      | a'b",
            "'tab\\there'                 | `tab\there`",
            "'caf\\xe9'                   | café",
            "'snow\\u2603'                | snow☃",
            "'back\\\\slash'              | back\\slash",
            "'bad \\xZZ escape'           | bad \\xZZ escape",
            "'cut \\x4'                   | cut \\x4",
            "not quoted                   | not quoted"})
    void undoesReprEscapes(String repr, String expected) {
        assertThat(PythonRepr.decode(repr)).isEqualTo(expected);
    }
}
