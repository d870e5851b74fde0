package io.hypecheck.spill;

import io.hypecheck.api.Basis;
import io.hypecheck.api.Evidence;
import io.hypecheck.api.Location;
import io.hypecheck.api.Provenance;
import io.hypecheck.claims.ClaimCheck;
import io.hypecheck.claims.ClaimStatus;
import io.hypecheck.project.Project;
import io.hypecheck.rubric.Citation;
import io.hypecheck.rubric.Effect;
import io.hypecheck.rubric.Kind;
import io.hypecheck.rubric.Stance;
import io.hypecheck.score.Finding;
import io.hypecheck.score.Judgment;
import io.hypecheck.score.Next;
import io.hypecheck.score.ProjectScore;
import io.hypecheck.score.Suppression;
import io.hypecheck.score.TrendScore;
import io.hypecheck.score.Verdict;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A project's score as compact bytes and back, equal to what was written: everything but the
 * project itself (its summary stays in memory for ranking). What a finding takes from its rule
 * (title, why, citation, points…) is the same on every project, so it is written once per run
 * as a number. One codec serves one run, from any thread.
 */
final class ScoreCodec {

    /** What a finding takes from its rule, the same on every project it fires on. */
    private record RuleHead(String rule, String rubric, Effect effect, int points, String message, String why,
                            Citation cites, Kind kind) {
    }

    private final Map<RuleHead, Integer> ids = new HashMap<>();
    private final List<RuleHead> heads = new ArrayList<>();

    /** The score's bytes, its project left out. */
    byte[] encode(ProjectScore score) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(score.verdict().ordinal());
            out.writeInt(score.score());
            out.writeInt(score.hype());
            out.writeInt(score.substance());
            out.writeDouble(score.confidence());
            list(out, score.trends(), (o, t) -> {
                string(o, t.id());
                o.writeByte(t.stance().ordinal());
                o.writeDouble(t.strength());
                list(o, t.evidence(), ScoreCodec::evidence);
            });
            list(out, score.findings(), this::finding);
            list(out, score.suppressed(), (o, s) -> {
                finding(o, s.finding());
                string(o, s.reason());
                o.writeLong(s.until().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE));
                string(o, s.origin());
            });
            out.writeInt(score.rulesChecked());
            out.writeInt(score.rulesUnknown());
            list(out, score.undecided(), this::finding);
            judgment(out, score.judgment());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The score written as {@code bytes}, of {@code project}. */
    ProjectScore decode(byte[] bytes, Project project) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            Verdict verdict = Verdict.values()[in.readByte()];
            int score = in.readInt();
            int hype = in.readInt();
            int substance = in.readInt();
            double confidence = in.readDouble();
            List<TrendScore> trends = list(in, i -> new TrendScore(string(i), Stance.values()[i.readByte()],
                    i.readDouble(), list(i, ScoreCodec::evidence)));
            List<Finding> findings = list(in, this::finding);
            List<Suppression> suppressed = list(in, i -> new Suppression(finding(i), string(i), day(i.readLong()),
                    string(i)));
            int checked = in.readInt();
            int unknown = in.readInt();
            List<Finding> undecided = list(in, this::finding);
            return new ProjectScore(project, verdict, score, hype, substance, confidence, trends, findings, suppressed,
                    checked, unknown, undecided, judgment(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<LocalDate> day(long epochDay) {
        return epochDay == Long.MIN_VALUE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(epochDay));
    }

    private static void judgment(DataOutputStream out, Judgment judgment) throws IOException {
        out.writeInt(judgment.scoreLow());
        out.writeInt(judgment.scoreHigh());
        out.writeDouble(judgment.coverage());
        list(out, judgment.substanceKinds(), (o, k) -> o.writeByte(k.ordinal()));
        list(out, judgment.hypeKinds(), (o, k) -> o.writeByte(k.ordinal()));
        list(out, judgment.next(), (o, n) -> {
            string(o, n.rule());
            string(o, n.text());
            o.writeInt(n.points());
            list(o, n.fields(), ScoreCodec::string);
        });
        list(out, judgment.claims(), (o, c) -> {
            string(o, c.text());
            string(o, c.path());
            location(o, c.location());
            string(o, c.topic());
            o.writeByte(c.status().ordinal());
            list(o, c.evidence(), ScoreCodec::evidence);
        });
    }

    private static Judgment judgment(DataInputStream in) throws IOException {
        int low = in.readInt();
        int high = in.readInt();
        double coverage = in.readDouble();
        List<Kind> substanceKinds = list(in, i -> Kind.values()[i.readByte()]);
        List<Kind> hypeKinds = list(in, i -> Kind.values()[i.readByte()]);
        List<Next> next = list(in, i -> new Next(string(i), string(i), i.readInt(), list(i, ScoreCodec::string)));
        List<ClaimCheck> claims = list(in, i -> new ClaimCheck(string(i), string(i), location(i), string(i),
                ClaimStatus.values()[i.readByte()], list(i, ScoreCodec::evidence)));
        return new Judgment(low, high, coverage, substanceKinds, hypeKinds, next, claims);
    }

    private void finding(DataOutputStream out, Finding f) throws IOException {
        out.writeInt(id(new RuleHead(f.rule(), f.rubric(), f.effect(), f.points(), f.message(), f.why(), f.cites(),
                f.kind())));
        list(out, f.evidence(), ScoreCodec::evidence);
        out.writeDouble(f.weight());
    }

    private Finding finding(DataInputStream in) throws IOException {
        RuleHead h = head(in.readInt());
        return new Finding(h.rule(), h.rubric(), h.effect(), h.points(), h.message(), h.why(), h.cites(),
                list(in, ScoreCodec::evidence), h.kind(), in.readDouble());
    }

    private synchronized int id(RuleHead head) {
        return ids.computeIfAbsent(head, h -> {
            heads.add(h);
            return heads.size() - 1;
        });
    }

    private synchronized RuleHead head(int id) {
        return heads.get(id);
    }

    private static void evidence(DataOutputStream out, Evidence e) throws IOException {
        string(out, e.path());
        string(out, e.text());
        location(out, e.location());
        out.writeByte(e.basis().ordinal());
        out.writeByte(e.provenance().ordinal());
    }

    private static Evidence evidence(DataInputStream in) throws IOException {
        return new Evidence(string(in), string(in), location(in), Basis.values()[in.readByte()],
                Provenance.values()[in.readByte()]);
    }

    private static void location(DataOutputStream out, Location l) throws IOException {
        out.writeInt(l.line());
        out.writeInt(l.column());
        out.writeInt(l.endLine());
        out.writeInt(l.endColumn());
        out.writeInt(l.utf16Column());
        out.writeInt(l.utf16EndColumn());
    }

    private static Location location(DataInputStream in) throws IOException {
        return new Location(in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt());
    }

    /** A string as its UTF-16 units (so even a lone surrogate comes back as it was), one byte each when all are ASCII. */
    private static void string(DataOutputStream out, String s) throws IOException {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 0x80;
        }
        out.writeInt(ascii ? s.length() : -s.length() - 1);
        if (ascii) {
            out.writeBytes(s);
        } else {
            out.writeChars(s);
        }
    }

    private static String string(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n >= 0) {
            byte[] ascii = in.readNBytes(n);
            return new String(ascii, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        char[] chars = new char[-n - 1];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = in.readChar();
        }
        return new String(chars);
    }

    private interface Writer<T> {
        void write(DataOutputStream out, T item) throws IOException;
    }

    private interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private static <T> void list(DataOutputStream out, List<T> items, Writer<T> writer) throws IOException {
        out.writeInt(items.size());
        for (T item : items) {
            writer.write(out, item);
        }
    }

    private static <T> List<T> list(DataInputStream in, Reader<T> reader) throws IOException {
        int n = in.readInt();
        List<T> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            items.add(reader.read(in));
        }
        return items;
    }
}
