package dev.ftpkit.server.internal.command;

import dev.ftpkit.server.internal.session.RunningCommand;
import dev.ftpkit.server.internal.transfer.TransferType;
import java.util.Locale;

/**
 * TYPE, MODE and STRU (RFC 959 4.1.2). Only what works is accepted: TYPE A (non-print), I and
 * L 8; MODE S; STRU F. Everything else gets 504, never a 200 the server would not honour: a
 * client that believes MODE Z (compression) or MODE B is on would write corrupt files.
 */
final class TransferParameterHandler implements CommandHandler {

    @Override
    public void handle(RunningCommand command) {
        String value = command.argument().trim().toUpperCase(Locale.ROOT).replaceAll(" +", " ");
        switch (command.verb().orElseThrow()) {
            case TYPE -> type(command, value);
            case MODE -> accept(command, value.equals("S"), "Mode set to S",
                    "Only MODE S (stream) is supported");
            case STRU -> accept(command, value.equals("F"), "Structure set to F",
                    "Only STRU F (file) is supported");
            default -> throw new IllegalArgumentException("not a parameter verb: " + command);
        }
    }

    private static void type(RunningCommand command, String value) {
        switch (value) {
            case "A", "A N" -> {
                command.session().type(TransferType.ASCII);
                command.reply(200, "Type set to A");
            }
            case "I", "L 8", "L8" -> {
                command.session().type(TransferType.BINARY);
                command.reply(200, "Type set to I");
            }
            default -> command.reply(504, "TYPE " + value + " not supported; use A or I");
        }
    }

    private static void accept(RunningCommand command, boolean supported, String done,
            String refused) {
        if (supported) {
            command.reply(200, done);
        } else {
            command.reply(504, refused);
        }
    }
}
