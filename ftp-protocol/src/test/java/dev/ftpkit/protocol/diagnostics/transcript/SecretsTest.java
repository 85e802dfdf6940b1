package dev.ftpkit.protocol.diagnostics.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "PASS hunter2                         | PASS ****",
            "pass hunter2 with spaces             | pass ****",
            "  PASS hunter2                       |   PASS ****",
            "ACCT billing-secret                  | ACCT ****",
            "PASSWORD is not a command            | PASSWORD is not a command",
            "curl ftp://alice:hunter2@host/a.txt  | curl ftp://alice:****@host/a.txt",
            "ftps://:hunter2@host                 | ftps://:****@host",
            "ftp://alice@host/a.txt               | ftp://alice@host/a.txt",
            "lftp -u alice,hunter2 host           | lftp -u alice,**** host",
            "< > PASS hunter2                     | < > PASS ****",
            "Command:\tPASS hunter2              | Command:\tPASS ****",
            "530 Log in with USER and PASS first. | 530 Log in with USER and PASS first.",
            "anon password \"me@x.org\"         | anon password \"****\"",
            "331 Password required for alice      | 331 Password required for alice"})
    void masksCredentialsAndLeavesOtherTextAlone(String line, String expected) {
        assertThat(Secrets.mask(line)).isEqualTo(expected);
    }
}
