package io.hypecheck.cli;

import io.hypecheck.diagnostic.HypecheckException;
import io.hypecheck.diagnostic.OneLine;
import io.hypecheck.project.ProjectSchema;
import io.hypecheck.report.JsonText;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hypecheck init [DIR]}: scaffolds a watchlist repo that works in GitHub Actions the first time. */
@Command(name = "init", mixinStandardHelpOptions = true, sortOptions = false,
        exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {"0:the watchlist was written", ExitCodes.USAGE, ExitCodes.INTERNAL},
        description = {"Start a watchlist repo in DIR: projects/ with an example project file (with the editor schema "
                + "comment), project.schema.json, .hypecheck.yaml, a GitHub Actions workflow that uses this version's "
                + "released distribution, and a README.",
            "Existing files are left alone (exit 2) unless --force."})
public final class InitCommand implements Callable<Integer> {

    private static final String TEMPLATES = "/io/hypecheck/init/";

    /** Where hypecheck's own release workflow (.github/workflows/release.yml) publishes the distribution. */
    static final String RELEASE_REPO = "hypecheck/hypecheck";

    /** A GitHub repository slug, OWNER/NAME, as GitHub allows them (nothing YAML or a shell would read). */
    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "The folder to write to (created if needed). Default: .")
    Path dir = Path.of(".");

    @Option(names = "--force", description = "Overwrite files that exist.")
    boolean force;

    @Option(names = "--release-repo", paramLabel = "OWNER/NAME",
            description = "The GitHub repository whose releases the workflow downloads hypecheck from (a fork that "
                    + "publishes its own, with its release workflow). Default: ${DEFAULT-VALUE}.")
    String releaseRepo = RELEASE_REPO;

    @Override
    public Integer call() {
        if (!SLUG.matcher(releaseRepo).matches()) {
            throw HypecheckException.config("init: --release-repo must be a GitHub repository as OWNER/NAME, got '"
                    + OneLine.escape(releaseRepo) + "'");
        }
        Map<String, String> files = files(Version.current(), releaseRepo);
        List<String> existing = files.keySet().stream().filter(f -> Files.exists(dir.resolve(f))).toList();
        if (!existing.isEmpty() && !force) {
            throw HypecheckException.config("init: " + dir + " already has " + String.join(", ", existing)
                    + "; nothing was written (--force overwrites them)");
        }
        PrintWriter out = spec.commandLine().getOut();
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = dir.resolve(file.getKey());
                Files.createDirectories(target.toAbsolutePath().getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
                out.println("created " + target);
            }
        } catch (IOException e) {
            throw HypecheckException.config("init: cannot write in " + dir + ": " + e.getMessage());
        }
        out.println("next: cd " + dir + " && git init && hypecheck score -f table; push to GitHub and the workflow runs");
        out.flush();
        return 0;
    }

    /**
     * The files of a new watchlist, by path relative to its folder, for hypecheck {@code version}
     * released in the GitHub repository {@code releaseRepo}.
     */
    static Map<String, String> files(String version, String releaseRepo) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(".github/workflows/hypecheck.yml", template("workflow.yml").replace("@VERSION@", version)
                .replace("@RELEASE_REPO@", releaseRepo));
        files.put(".hypecheck.yaml", template("hypecheck.yaml"));
        files.put("README.md", template("README.md"));
        files.put("project.schema.json", JsonText.write(ProjectSchema.schema()));
        files.put("projects/olas.yaml", template("olas.yaml"));
        return files;
    }

    private static String template(String name) {
        try (InputStream in = InitCommand.class.getResourceAsStream(TEMPLATES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
