package dev.ftpkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ftpkit.protocol.reply.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;

class FtpFeaturesTest {

    @Test
    void readsFeatureNamesAndParametersFromA211Reply() {
        Reply reply = Reply.multiLine(211, List.of("Features supported:", " EPRT", " EPSV",
                " MDTM", " MLST type*;perm;size*;modify*;", " REST STREAM", " SIZE",
                " TVFS", " UTF8", "End FEAT."));

        FtpFeatures features = FtpFeatures.parse(reply);

        assertThat(features.mlst()).isTrue();
        assertThat(features.parameters("mlst")).contains("type*;perm;size*;modify*;");
        assertThat(features.restStream()).isTrue();
        assertThat(features.utf8()).isTrue();
        assertThat(features.supports("EPSV")).isTrue();
        assertThat(features.asMap()).hasSize(8);
    }

    @Test
    void serverWithoutFeatHasNoFeatures() {
        FtpFeatures features = FtpFeatures.parse(Reply.of(500, "FEAT not understood"));

        assertThat(features.asMap()).isEmpty();
        assertThat(features.restStream()).isFalse();
    }

    @Test
    void singleLine211HasNoFeatures() {
        assertThat(FtpFeatures.parse(Reply.of(211, "No features")).asMap()).isEmpty();
    }

    @Test
    void restWithoutStreamDoesNotRestartUploads() {
        FtpFeatures features = FtpFeatures.parse(Reply.multiLine(211,
                List.of("Features:", " REST", "End")));

        assertThat(features.supports("REST")).isTrue();
        assertThat(features.restStream()).isFalse();
    }
}
