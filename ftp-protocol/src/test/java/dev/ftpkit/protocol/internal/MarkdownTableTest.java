package dev.ftpkit.protocol.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarkdownTableTest {

    @Test
    void rendersHeaderSeparatorAndRows() {
        String table = new MarkdownTable("Verb", "Summary").row("NOOP", "Does nothing").render();

        assertThat(table).isEqualTo("| Verb | Summary |\n| --- | --- |\n| NOOP | Does nothing |\n");
    }

    @Test
    void pipesAreEscapedEverywhere() {
        String table = new MarkdownTable("Syntax")
                .row(MarkdownTable.code("TYPE A|I")).row("(|||port|)").render();

        assertThat(table).contains("| `TYPE A\\|I` |", "| (\\|\\|\\|port\\|) |");
    }

    @Test
    void angleBracketsSurviveOutsideAndInsideCode() {
        String table = new MarkdownTable("Text")
                .row("Send USER <name>").row(MarkdownTable.code("RETR <pathname>")).render();

        assertThat(table).contains("| Send USER &lt;name> |", "| `RETR <pathname>` |");
    }

    @Test
    void rowOfTheWrongWidthIsRefused() {
        MarkdownTable table = new MarkdownTable("A", "B");

        assertThatThrownBy(() -> table.row("only one"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 cells");
    }
}
