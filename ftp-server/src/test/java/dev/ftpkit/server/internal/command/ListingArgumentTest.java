package dev.ftpkit.server.internal.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListingArgumentTest {

    @ParameterizedTest(name = "\"{0}\" lists \"{1}\", dot files {2}")
    @CsvSource(delimiter = '|', value = {
            "''          | ''       | false",
            "-a          | ''       | true",
            "-la         | ''       | true",
            "-l          | ''       | false",
            "-la docs    | docs     | true",
            "-l -a docs  | docs     | true",
            "docs        | docs     | false",
            "-x1         | -x1      | false",
            "my dir      | my dir   | false"})
    void separatesLsFlagsFromThePath(String argument, String path, boolean dotFiles) {
        ListingHandler.ListingArgument parsed = ListingHandler.ListingArgument.parse(argument);

        assertThat(parsed.path()).isEqualTo(path);
        assertThat(parsed.withDotFiles()).isEqualTo(dotFiles);
    }
}
