package dev.ftpkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * Reads ftpkit's version from {@code version.properties}, which Maven fills in from the pom
 * when it copies the resource, so the version is written in one place only.
 */
final class VersionProvider implements IVersionProvider {

    private static final String RESOURCE = "version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {
            "ftpkit " + version(),
            "Java ${java.version} (${java.vendor}), ${os.name} ${os.arch}"
        };
    }

    /** Returns the version, such as "0.1.0-SNAPSHOT". */
    static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath; "
                        + "build ftpkit with Maven so the resource is generated");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
