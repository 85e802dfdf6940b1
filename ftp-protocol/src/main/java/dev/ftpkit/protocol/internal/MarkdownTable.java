package dev.ftpkit.protocol.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a GitHub-flavoured Markdown table from plain cell texts, escaping what would break
 * the table or vanish as HTML. Not part of the API; used by the table renderers.
 */
public final class MarkdownTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    /** Starts a table with these column titles. */
    public MarkdownTable(String... header) {
        this.header = List.of(header);
    }

    /**
     * Adds a row of plain texts, one per column.
     *
     * @throws IllegalArgumentException when the row has another number of cells than the header
     */
    public MarkdownTable row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, header "
                    + header.size());
        }
        rows.add(List.of(cells));
        return this;
    }

    /** Returns the cell text {@code code} as inline code, for syntax and reply texts. */
    public static String code(String text) {
        return "`" + text.replace("`", "'") + "`";
    }

    /** Returns the table, each line ending with a newline. */
    public String render() {
        StringBuilder out = new StringBuilder();
        appendRow(out, header);
        out.append('|');
        header.forEach(title -> out.append(" --- |"));
        out.append('\n');
        rows.forEach(row -> appendRow(out, row));
        return out.toString();
    }

    private static void appendRow(StringBuilder out, List<String> cells) {
        out.append('|');
        for (String cell : cells) {
            out.append(' ').append(escape(cell)).append(" |");
        }
        out.append('\n');
    }

    private static String escape(String cell) {
        // A pipe ends a cell even inside inline code unless escaped; '<' outside code would
        // start an HTML tag, and inside code it is shown as is.
        StringBuilder out = new StringBuilder(cell.length());
        boolean inCode = false;
        for (char c : cell.replace('\n', ' ').toCharArray()) {
            if (c == '`') {
                inCode = !inCode;
            }
            if (c == '|') {
                out.append("\\|");
            } else if (c == '<' && !inCode) {
                out.append("&lt;");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
