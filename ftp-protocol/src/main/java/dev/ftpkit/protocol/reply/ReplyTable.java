package dev.ftpkit.protocol.reply;

import dev.ftpkit.protocol.internal.MarkdownTable;

/**
 * Renders the reply-code catalog as a Markdown table, from the catalog itself:
 * docs/protocol.md holds this output, and a test keeps the two equal.
 */
public final class ReplyTable {

    private ReplyTable() {
    }

    /** Returns one row per catalog entry, ordered by code: class, meaning, references. */
    public static String markdown() {
        MarkdownTable table = new MarkdownTable("Code", "Class", "Meaning", "Defined in");
        for (ReplyCodeInfo info : ReplyCatalog.all()) {
            table.row(String.valueOf(info.code()), info.classDescription(), info.meaning(),
                    String.join(", ", info.references()));
        }
        return "## Reply codes\n\n"
                + "Causes and remedies for each code: `ftpkit explain <code>`, or"
                + " `ReplyCatalog.lookup(code)`.\n\n"
                + table.render();
    }
}
