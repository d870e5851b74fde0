package io.hypecheck.spill;

import io.hypecheck.score.Judgment;
import io.hypecheck.score.ProjectScore;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;

/**
 * Where a large run keeps its full scores: each is written to a temporary file as it is made (on
 * any thread), and only its summary stays in memory; at the end the summaries are ranked and
 * the full scores read back in rank order, one at a time, as the renderers ask for them.
 */
public final class Spill implements AutoCloseable {

    /**
     * A score written to the spill.
     *
     * @param summary what ranking, fail reasons and the baseline comparison need of it
     * @param at      where the full score is
     */
    public record Kept(ProjectScore summary, long at) {
    }

    private final SpillFile file;
    private final ScoreCodec codec = new ScoreCodec();

    private Spill(SpillFile file) {
        this.file = file;
    }

    /** A new spill in the temporary folder. */
    public static Spill open() throws IOException {
        return new Spill(SpillFile.create());
    }

    /** Writes the full score away and gives back its summary. */
    public Kept keep(ProjectScore score) {
        return new Kept(summary(score), file.append(codec.encode(score)));
    }

    /** The kept scores in the given order, read back from the file as they are asked for; closing them closes this spill. */
    public List<ProjectScore> ranked(List<Kept> kept, Comparator<ProjectScore> order) {
        List<Kept> sorted = kept.stream().sorted(Comparator.comparing(Kept::summary, order)).toList();
        return new SpilledScores(sorted, k -> codec.decode(file.read(k.at()), k.summary().project()), this::close);
    }

    /**
     * The score with its project's summary, its scores, verdict, counts and score range, and none of
     * its findings, trends, evidence or claims.
     */
    static ProjectScore summary(ProjectScore s) {
        Judgment j = s.judgment();
        return new ProjectScore(s.project(), s.verdict(), s.score(), s.hype(), s.substance(), s.confidence(), List.of(),
                List.of(), List.of(), s.rulesChecked(), s.rulesUnknown(), List.of(),
                new Judgment(j.scoreLow(), j.scoreHigh(), j.coverage(), List.of(), List.of(), List.of(), List.of()));
    }

    @Override
    public void close() {
        file.close();
    }
}
