package io.hypecheck.cli;

import io.hypecheck.project.ProjectSchema;
import io.hypecheck.report.JsonText;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hypecheck schema}: print the JSON Schema of project files, for editors. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Print the JSON Schema of project files, for editors.",
            "Save it (hypecheck schema > project.schema.json) and put this first line in a project file:",
            "  # yaml-language-server: $schema=./project.schema.json"})
public final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(JsonText.write(ProjectSchema.schema()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
