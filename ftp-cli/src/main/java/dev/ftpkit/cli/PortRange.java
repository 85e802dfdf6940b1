package dev.ftpkit.cli;

/**
 * An inclusive range of TCP ports for passive data connections, as given to
 * {@code --passive-ports}.
 *
 * @param first the lowest port of the range, 1024 to 65535
 * @param last the highest port of the range, at least {@code first}
 */
record PortRange(int first, int last) {

    // The server takes no privileged port for data connections: below 1024 a port needs root
    // and usually belongs to a well-known service.
    static final int LOWEST = 1024;
    static final int HIGHEST = 65535;

    PortRange {
        if (first < LOWEST || last > HIGHEST || first > last) {
            throw new IllegalArgumentException("'" + first + "-" + last + "' is not a usable "
                    + "range; write FIRST-LAST with " + LOWEST + " <= FIRST <= LAST <= "
                    + HIGHEST);
        }
    }

    /** Returns the range written as "FIRST-LAST", such as "50000-50100". */
    static PortRange parse(String text) {
        int dash = text.indexOf('-');
        if (dash < 0) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a range; write FIRST-LAST, such as 50000-50100");
        }
        return new PortRange(port(text.substring(0, dash), text),
                port(text.substring(dash + 1), text));
    }

    private static int port(String number, String range) {
        try {
            return Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + range + "' is not a range of port numbers; "
                    + "write FIRST-LAST, such as 50000-50100", e);
        }
    }
}
