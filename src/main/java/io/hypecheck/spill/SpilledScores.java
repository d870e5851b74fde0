package io.hypecheck.spill;

import io.hypecheck.score.ProjectScore;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * Ranked scores kept in a spill: an unmodifiable list whose every {@link #get} reads the full
 * score back from the file (nothing is cached, so a large report is never held whole), and whose
 * {@link #summaries} are in memory. Closing it deletes the file.
 */
public final class SpilledScores extends AbstractList<ProjectScore> implements RandomAccess {

    private final List<Spill.Kept> kept;
    private final List<ProjectScore> summaries;
    private final Function<Spill.Kept, ProjectScore> read;
    private final Runnable close;

    SpilledScores(List<Spill.Kept> kept, Function<Spill.Kept, ProjectScore> read, Runnable close) {
        this.kept = List.copyOf(kept);
        this.summaries = this.kept.stream().map(Spill.Kept::summary).toList();
        this.read = read;
        this.close = close;
    }

    @Override
    public ProjectScore get(int index) {
        return read.apply(kept.get(index));
    }

    @Override
    public int size() {
        return kept.size();
    }

    /**
     * The scores in the same order without their findings, trends, evidence or claims: enough for
     * counts, fail reasons and the baseline comparison, without reading the file.
     */
    public List<ProjectScore> summaries() {
        return summaries;
    }

    /** Deletes the file; the full scores cannot be read after this, the summaries can. */
    public void close() {
        close.run();
    }
}
