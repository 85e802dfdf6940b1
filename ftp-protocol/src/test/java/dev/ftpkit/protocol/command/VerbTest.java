package dev.ftpkit.protocol.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpkit.protocol.reply.ReplyCatalog;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class VerbTest {

    @ParameterizedTest
    @EnumSource(Verb.class)
    void everyVerbHasSyntaxStartingWithItsNameAndASummary(Verb verb) {
        assertThat(verb.syntax()).startsWith(verb.name());
        assertThat(verb.summary()).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(Verb.class)
    void syntaxShowsAnArgumentExactlyWhenOneIsAllowed(Verb verb) {
        boolean syntaxHasArgument = verb.syntax().length() > verb.name().length();

        // STOU is the one verb whose RFC syntax has no argument but which tolerates one
        boolean expected = verb.argument() != ArgumentRule.NONE && verb != Verb.STOU;
        assertThat(syntaxHasArgument).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(Verb.class)
    void everyRfcVerbNamesTheSectionThatDefinesIt(Verb verb) {
        boolean needsSection = verb.source() != Verb.Source.EXTENSION
                && verb.source() != Verb.Source.RFC775;

        assertThat(verb.section().isEmpty()).isEqualTo(!needsSection);
    }

    @ParameterizedTest
    @EnumSource(Verb.class)
    void aliasesPointAtRealVerbsThatBehaveAlike(Verb verb) {
        Verb canonical = verb.canonical();

        assertThat(canonical.canonical()).isEqualTo(canonical);
        assertThat(verb.argument()).isEqualTo(canonical.argument());
        assertThat(verb.requiresLogin()).isEqualTo(canonical.requiresLogin());
        assertThat(verb.requiresDataConnection()).isEqualTo(canonical.requiresDataConnection());
    }

    @Test
    void rfc775VerbsAreExactlyTheAliases() {
        List<Verb> aliases = Arrays.stream(Verb.values())
                .filter(verb -> verb.canonical() != verb).toList();

        assertThat(aliases).containsExactly(Verb.XCWD, Verb.XCUP, Verb.XMKD, Verb.XRMD,
                Verb.XPWD);
        assertThat(aliases).allMatch(verb -> verb.source() == Verb.Source.RFC775);
    }

    @ParameterizedTest
    @EnumSource(Verb.class)
    void verbsThatNeedADataConnectionAlsoNeedALogin(Verb verb) {
        if (verb.requiresDataConnection()) {
            assertThat(verb.requiresLogin()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Verb.class)
    void positiveReplyIsInTheCatalogAndPositive(Verb verb) {
        int code = verb.positiveReply();

        assertThat(ReplyCatalog.lookup(code)).isPresent();
        assertThat(code / 100).isIn(2, 3, 6);
    }

    @Test
    void everyRfc959CommandIsInTheCatalog() {
        // RFC 959 section 5.3.1, in its order
        List<String> rfc959 = List.of("USER", "PASS", "ACCT", "CWD", "CDUP", "SMNT", "QUIT",
                "REIN", "PORT", "PASV", "TYPE", "STRU", "MODE", "RETR", "STOR", "STOU", "APPE",
                "ALLO", "REST", "RNFR", "RNTO", "ABOR", "DELE", "RMD", "MKD", "PWD", "LIST",
                "NLST", "SITE", "SYST", "STAT", "HELP", "NOOP");

        assertThat(rfc959).allSatisfy(name ->
                assertThat(Verb.lookup(name)).get().extracting(Verb::source)
                        .isEqualTo(Verb.Source.RFC959));
    }

    @ParameterizedTest
    @CsvSource({
        "AUTH, RFC2228", "ADAT, RFC2228", "PBSZ, RFC2228", "PROT, RFC2228", "CCC, RFC2228",
        "MIC, RFC2228", "CONF, RFC2228", "ENC, RFC2228", "FEAT, RFC2389", "OPTS, RFC2389",
        "EPRT, RFC2428", "EPSV, RFC2428", "LANG, RFC2640", "MDTM, RFC3659", "SIZE, RFC3659",
        "MLST, RFC3659", "MLSD, RFC3659", "HOST, RFC7151", "LPRT, RFC1639", "LPSV, RFC1639"
    })
    void extensionVerbsNameTheirRfc(String name, Verb.Source source) {
        assertThat(Verb.lookup(name)).get().extracting(Verb::source).isEqualTo(source);
    }

    @ParameterizedTest
    @CsvSource({"retr, RETR", "Retr, RETR", "xpwd, XPWD", "rEtR, RETR"})
    void lookupIgnoresCase(String text, Verb expected) {
        assertThat(Verb.lookup(text)).contains(expected);
    }

    @Test
    void lookupIgnoresTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));

            assertThat(Verb.lookup("list")).contains(Verb.LIST);
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void argumentsAndSubcommandsAreNotVerbs() {
        assertThat(Verb.lookup("CHMOD")).isEmpty();
        assertThat(Verb.lookup("Z")).isEmpty();
        assertThat(Verb.lookup("STREAM")).isEmpty();
        assertThat(Verb.lookup("")).isEmpty();
    }
}
