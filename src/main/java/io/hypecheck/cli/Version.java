package io.hypecheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** hypecheck's version, written into the jar by the build. */
public final class Version implements CommandLine.IVersionProvider {

    /** The version string, or {@code dev} when run from unpackaged classes without resources. */
    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/hypecheck-version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"hypecheck " + current()};
    }
}
