package io.hypecheck.cli;

import io.hypecheck.score.RankBy;
import java.util.Arrays;
import picocli.CommandLine;

/** Reads {@code --rank-by score|low}. */
final class RankByConverter implements CommandLine.ITypeConverter<RankBy> {

    @Override
    public RankBy convert(String value) {
        return Arrays.stream(RankBy.values()).filter(r -> r.id().equals(value)).findFirst()
                .orElseThrow(() -> new CommandLine.TypeConversionException("expected score or low, got '" + value + "'"));
    }
}
