package dev.ftpkit.protocol.reply;

import static dev.ftpkit.protocol.reply.ReplyCodes.causes;
import static dev.ftpkit.protocol.reply.ReplyCodes.remedies;
import static dev.ftpkit.protocol.reply.ReplyCodes.row;

import java.util.List;

/**
 * The protected replies of RFC 2228 section 5.2. Each wraps a whole ordinary reply, signed
 * or encrypted by the security mechanism that AUTH and ADAT set up. TLS (RFC 4217) protects
 * the connection itself and never uses them, so ftpkit only explains them.
 */
final class ProtectedReplyCodes {

    private static final String NOT_TLS = "The session negotiated a GSSAPI or Kerberos"
            + " mechanism with AUTH and ADAT, not TLS, and sent a MIC, CONF or ENC command";
    private static final String USE_TLS = "Use AUTH TLS instead: ftpkit and most clients"
            + " cannot unwrap RFC 2228 protected replies";

    static final List<ReplyCodeInfo> ENTRIES = List.of(
            row(631, "Integrity-protected reply: the text is a base64 signed reply.",
                    causes(NOT_TLS + " (MIC, or any command once integrity is required)"),
                    remedies("Decode the base64 text with the mechanism's integrity check to"
                            + " read the real reply", USE_TLS),
                    "RFC 2228 5.2"),
            row(632, "Confidentiality- and integrity-protected reply: the text is a base64"
                            + " private (encrypted and signed) reply.",
                    causes(NOT_TLS + " (ENC)"),
                    remedies("Decrypt and verify the base64 text with the mechanism to read"
                            + " the real reply", USE_TLS),
                    "RFC 2228 5.2"),
            row(633, "Confidentiality-protected reply: the text is a base64 encrypted reply.",
                    causes(NOT_TLS + " (CONF)"),
                    remedies("Decrypt the base64 text with the mechanism to read the real"
                            + " reply", USE_TLS),
                    "RFC 2228 5.2"));

    private ProtectedReplyCodes() {
    }
}
