package io.hypecheck.report;

import io.hypecheck.score.Verdicts;
import io.hypecheck.baseline.DeltaText;
import io.hypecheck.diagnostic.Diagnostic;
import io.hypecheck.score.Verdict;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * One self-contained HTML page: the verdict counts, the hype-versus-substance chart (inline SVG),
 * the ranked table (sortable by its inline script), what changed since the baseline, a section per
 * project, and the files not scored. It loads nothing: its Content-Security-Policy allows no
 * source but its own style and script, by hash. All project text is escaped ({@link HtmlText}).
 */
public final class HtmlRenderer implements Renderer {

    private static final String POLICY = "default-src 'none'; style-src '" + sha256(HtmlStyle.CSS) + "'; script-src '"
            + sha256(HtmlScript.JS) + "'; img-src 'none'; base-uri 'none'; form-action 'none'";

    private final boolean showSuppressed;

    /** An HTML report; {@code showSuppressed} lists suppressed findings instead of counting them. */
    public HtmlRenderer(boolean showSuppressed) {
        this.showSuppressed = showSuppressed;
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String render(Report report) {
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(POLICY).append("\">\n")
                .append("<title>hypecheck report</title>\n<style>").append(HtmlStyle.CSS).append("</style>\n</head>\n<body>\n")
                .append("<header>\n<h1>hypecheck report</h1>\n<p class=\"summary\">").append(summary(report)).append("</p>\n");
        report.comparison().ifPresent(c -> out.append("<p>").append(HtmlText.escape(capitalised(DeltaText.summary(c, report.summaries()))))
                .append(".</p>\n"));
        out.append("</header>\n<main>\n");
        if (report.projects().isEmpty()) {
            out.append("<p>No projects were scored.</p>\n");
        } else {
            out.append("<h2 id=\"chart-heading\">Hype versus substance</h2>\n<figure>\n");
            HtmlChart.append(out, report.projects());
            legend(out, report);
            out.append("</figure>\n<h2 id=\"ranking-heading\">Ranking</h2>\n");
            HtmlTable.append(out, report.projects(), report.comparison());
        }
        report.comparison().ifPresent(c -> HtmlBaseline.append(out, c, report));
        if (!report.projects().isEmpty()) {
            out.append("<h2 id=\"projects-heading\">Projects</h2>\n");
        }
        for (int i = 0; i < report.projects().size(); i++) {
            HtmlProjectSection.append(out, i + 1, report.projects().get(i), report.comparison(), showSuppressed);
        }
        errors(out, report.errors());
        out.append("</main>\n<footer>hypecheck ").append(HtmlText.escape(report.toolVersion())).append("</footer>\n")
                .append("<script>").append(HtmlScript.JS).append("</script>\n</body>\n</html>\n");
        return out.toString();
    }

    private static String summary(Report report) {
        int n = report.projects().size();
        StringBuilder text = new StringBuilder("<strong>").append(n).append(n == 1 ? " project" : " projects")
                .append("</strong>: ");
        List<Verdict> verdicts = List.of(Verdict.SUBSTANCE, Verdict.MIXED, Verdict.HYPE, Verdict.UNKNOWN);
        for (int i = 0; i < verdicts.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(report.count(verdicts.get(i))).append(' ').append(verdicts.get(i).id());
        }
        long errors = report.errorFiles();
        return errors == 0 ? text.toString()
                : text.append("; <strong>").append(errors).append(errors == 1 ? " file" : " files")
                        .append(" not scored</strong>").toString();
    }

    private static void legend(StringBuilder out, Report report) {
        out.append("<figcaption>\n<ul class=\"legend\">");
        for (Verdict v : List.of(Verdict.SUBSTANCE, Verdict.MIXED, Verdict.HYPE, Verdict.UNKNOWN)) {
            out.append("<li class=\"").append(v.id()).append("\">").append(v.id()).append(" (").append(report.count(v))
                    .append(")</li>");
        }
        out.append("</ul>\n<p class=\"caption\">Each point is a project, coloured by its verdict and linked to its "
                + "section. A substance verdict needs a score of ").append(Verdicts.SUBSTANCE_AT)
                .append(" or more (above the green line), a hype verdict ").append(Verdicts.HYPE_AT)
                .append(" or less (below the red line); a grey point had too little evidence for a verdict. Projects at "
                + "the same place share a label (“+N”); labels that would overlap are left off: hover a point for its "
                + "name.</p>\n</figcaption>\n");
    }

    private static void errors(StringBuilder out, List<Diagnostic> errors) {
        if (errors.isEmpty()) {
            return;
        }
        out.append("<h2 id=\"errors-heading\">Files not scored</h2>\n<ul class=\"errors\">\n");
        for (Diagnostic e : errors) {
            String where = e.line() == 0 ? e.file() : e.file() + ":" + e.line() + ":" + e.column();
            out.append("<li><code>").append(HtmlText.escape(where)).append("</code>: ").append(HtmlText.escape(e.message()))
                    .append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
