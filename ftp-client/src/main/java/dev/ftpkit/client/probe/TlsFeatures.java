package dev.ftpkit.client.probe;

import dev.ftpkit.client.FtpFeatures;
import java.util.Arrays;

/** Reads FEAT's "AUTH TLS;SSL" line (RFC 4217): whether TLS is among the mechanisms. */
final class TlsFeatures {

    private TlsFeatures() {
    }

    /** Returns whether FEAT lists AUTH with TLS (or TLS-C) among its mechanisms. */
    static boolean announced(FtpFeatures features) {
        return features.parameters("AUTH")
                .map(mechanisms -> Arrays.stream(mechanisms.split("[;,\\s]+"))
                        .anyMatch(m -> m.equalsIgnoreCase("TLS") || m.equalsIgnoreCase("TLS-C")))
                .orElse(false);
    }
}
