package dev.ftpkit.protocol.diagnostics;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything about one reply code: its meaning, its class and group, why servers send it,
 * what to do, where the RFCs define it, which sequencing rules produce it, and which
 * servers send it in an out-of-order case where the RFC would have another code.
 *
 * @param code the reply code
 * @param meaning what the code says, from the reply catalog
 * @param replyClass the first digit's class, such as "5yz permanent negative completion"
 * @param classMeaning what that class tells a client to do
 * @param group the second digit's group, empty for a protected 6yz reply's digit above 5
 * @param causes the common reasons a server sends it, most likely first
 * @param remedies what to do, in order
 * @param references the RFC sections that define or use it
 * @param rules the sequencing rules whose broken precondition is answered with this code
 * @param otherServers servers that send this code in a case whose rule owes another code,
 *     such as Pure-FTPd's 530 to PASS before USER, where the RFC owes 503
 */
public record ReplyExplanation(int code, String meaning, String replyClass, String classMeaning,
        Optional<ReplyGroup> group, List<String> causes, List<String> remedies,
        List<String> references, List<RuleExplanation> rules, List<ServerQuirk> otherServers)
        implements Explanation {

    public ReplyExplanation {
        Objects.requireNonNull(meaning, "meaning");
        Objects.requireNonNull(replyClass, "replyClass");
        Objects.requireNonNull(classMeaning, "classMeaning");
        Objects.requireNonNull(group, "group");
        causes = List.copyOf(causes);
        remedies = List.copyOf(remedies);
        references = List.copyOf(references);
        rules = List.copyOf(rules);
        otherServers = List.copyOf(otherServers);
    }

    @Override
    public String subject() {
        return Integer.toString(code);
    }

    @Override
    public String summary() {
        return code + " " + meaning;
    }
}
