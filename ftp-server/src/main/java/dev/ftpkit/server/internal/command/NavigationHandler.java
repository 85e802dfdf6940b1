package dev.ftpkit.server.internal.command;

import dev.ftpkit.server.internal.session.FtpSession;
import dev.ftpkit.server.internal.session.RunningCommand;
import dev.ftpkit.server.internal.storage.UserFileSystem;
import dev.ftpkit.server.internal.storage.VirtualPath;

/** PWD, CWD and CDUP, with their RFC 775 aliases XPWD, XCWD and XCUP. */
final class NavigationHandler implements CommandHandler {

    @Override
    public void handle(RunningCommand command) {
        switch (command.verb().orElseThrow().canonical()) {
            case PWD -> command.reply(257, quoted(command.session().files().cwd())
                    + " is the current directory");
            case CWD -> change(command, command.argument());
            case CDUP -> change(command, "..");
            default -> throw new IllegalArgumentException("not a navigation verb: " + command);
        }
    }

    /**
     * Returns the path in double quotes with inner quotes doubled (RFC 959 appendix II), so
     * a client can find the end of a name that holds quotes.
     */
    static String quoted(VirtualPath path) {
        return "\"" + path.toString().replace("\"", "\"\"") + "\"";
    }

    private static void change(RunningCommand command, String argument) {
        FtpSession session = command.session();
        UserFileSystem files = session.files();
        VirtualPath target = files.resolve(argument);
        session.offload(command, () -> files.directory(target), directory -> {
            files.cwd(target);
            // RFC 959 5.4 lists 200 for CDUP and 250 for CWD; most servers and clients
            // take 250 for both, and Commons Net accepts any 2xx.
            command.reply(250, "Directory changed to " + target);
        });
    }
}
