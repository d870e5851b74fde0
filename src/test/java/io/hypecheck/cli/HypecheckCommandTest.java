package io.hypecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class HypecheckCommandTest {

    private static CommandLine built(String... args) {
        return HypecheckCommand.commandLine(new HypecheckCommand(new ByteArrayInputStream(new byte[0]), false), args);
    }

    @Test
    void aRunOfOneSubcommandBuildsOnlyThatOne() {
        // when
        CommandLine cli = built("score", "samples", "-f", "json");

        // then
        assertThat(cli.getSubcommands()).containsOnlyKeys("score");
        Object command = cli.getSubcommands().get("score").getCommand();
        assertThat(command).isInstanceOf(ScoreCommand.class);
    }

    @Test
    void helpALeadingOptionOrAnUnknownWordBuildsEverySubcommandInHelpOrder() {
        for (String[] args : new String[][] {{}, {"--help"}, {"-q", "score"}, {"scroe"}}) {
            assertThat(built(args).getSubcommands().keySet()).as(String.join(" ", args))
                    .containsExactly("score", "explain", "validate", "schema", "rubrics", "init");
        }
    }

    @Test
    void eachSubcommandIsListedUnderItsOwnName() {
        // then: the name a subcommand is added under is the one its annotation gives it
        built().getSubcommands().forEach((name, sub) ->
                assertThat(sub.getCommandSpec().userObject().getClass().getAnnotation(CommandLine.Command.class).name())
                        .isEqualTo(name));
    }
}
