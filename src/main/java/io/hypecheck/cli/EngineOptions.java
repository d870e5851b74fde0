package io.hypecheck.cli;

import io.hypecheck.diagnostic.HypecheckException;
import io.hypecheck.project.DateParser;
import io.hypecheck.run.Settings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options that set up the engine, shared by the commands that evaluate rubrics. */
public final class EngineOptions {

    @Option(names = "--rubrics", paramLabel = "PATH",
            description = "Add a rubric file, or a folder of them (repeatable). A rubric with a built-in's id replaces it.")
    List<Path> rubrics = new ArrayList<>();

    @Option(names = "--no-default-rubrics", description = "Do not use the built-in rubrics.")
    boolean noDefaultRubrics;

    @Option(names = "--plugin", paramLabel = "JAR", description = "Load rule types from a plugin jar (repeatable).")
    List<Path> plugins = new ArrayList<>();

    @Option(names = "--today", paramLabel = "DATE",
            description = "The day to judge the age of facts against (YYYY-MM-DD; default: today). Fix it for reproducible reports.")
    String today;

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Skip files under folders matching this glob (repeatable).")
    List<String> excludes = new ArrayList<>();

    /** The settings these options give. */
    Settings settings() {
        return new Settings(rubrics, !noDefaultRubrics, plugins, today(), excludes);
    }

    private LocalDate today() {
        if (today == null) {
            return LocalDate.now(java.time.ZoneOffset.UTC);
        }
        return DateParser.parse(today).filter(d -> today.length() == 10)
                .orElseThrow(() -> HypecheckException.config("--today: expected a date YYYY-MM-DD, got '" + today + "'"));
    }
}
