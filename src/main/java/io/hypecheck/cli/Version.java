package io.hypecheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** hypecheck's version, commit and build date, written into the jar by the build. */
public final class Version implements CommandLine.IVersionProvider {

    /** The version string, or {@code dev} when run from unpackaged classes without resources. */
    public static String current() {
        return property("version", "dev");
    }

    private static String property(String key, String otherwise) {
        try (InputStream in = Version.class.getResourceAsStream("/hypecheck-version.properties")) {
            if (in == null) {
                return otherwise;
            }
            Properties properties = new Properties();
            properties.load(in);
            String value = properties.getProperty(key, otherwise);
            return value.isBlank() || value.startsWith("${") ? otherwise : value;
        } catch (IOException e) {
            return otherwise;
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"hypecheck " + current(), "commit " + property("commit", "unknown"),
            "built " + property("date", "unknown")};
    }
}
