package io.hypecheck.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the distribution's documents from the command model, run by the build ({@code package}):
 * {@code completion/hypecheck}, the bash and zsh completion script (picocli's AutoComplete), and
 * {@code man/hypecheck.adoc} with one page per subcommand (picocli's man page generator), which
 * {@code -Pdist} turns into {@code man1/*.1} with Asciidoctor.
 */
public final class DistributionDocs {

    private DistributionDocs() {
    }

    /** {@code DistributionDocs OUTDIR}. */
    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]));
    }

    /** Writes the completion script and the man page sources under {@code out}; returns the files written. */
    static List<Path> write(Path out) throws IOException {
        CommandLine cli = HypecheckCommand.commandLine(new HypecheckCommand(new ByteArrayInputStream(new byte[0]), false));
        List<Path> written = new ArrayList<>();
        Path completion = out.resolve("completion/hypecheck");
        Files.createDirectories(completion.getParent());
        written.add(Files.writeString(completion, AutoComplete.bash("hypecheck", cli), StandardCharsets.UTF_8));
        Path man = out.resolve("man");
        Files.createDirectories(man);
        for (CommandSpec spec : all(cli.getCommandSpec(), new ArrayList<>())) {
            StringWriter page = new StringWriter();
            try (PrintWriter writer = new PrintWriter(page)) {
                ManPageGenerator.writeSingleManPage(writer, spec);
            }
            String name = spec.qualifiedName("-");
            written.add(Files.writeString(man.resolve(name + ".adoc"), page.toString(), StandardCharsets.UTF_8));
        }
        return written;
    }

    private static List<CommandSpec> all(CommandSpec spec, List<CommandSpec> into) {
        into.add(spec);
        spec.subcommands().values().stream().map(CommandLine::getCommandSpec).distinct()
                .filter(s -> !into.contains(s)).forEach(s -> all(s, into));
        return into;
    }
}
