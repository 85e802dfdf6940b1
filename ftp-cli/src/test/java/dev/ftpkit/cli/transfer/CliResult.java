package dev.ftpkit.cli.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** What one run of {@code ftpkit} did: its exit code and what it printed. */
record CliResult(int exitCode, String out, String err) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Returns standard output read as one JSON document. */
    JsonNode json() {
        try {
            return JSON.readTree(out);
        } catch (IOException e) {
            throw new UncheckedIOException("standard output is no JSON document:\n" + out
                    + "\nstandard error:\n" + err, e);
        }
    }

    /** Returns everything printed, for assertion messages. */
    String printed() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
