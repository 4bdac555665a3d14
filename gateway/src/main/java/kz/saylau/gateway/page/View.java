package kz.saylau.gateway.page;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.TemplateData;
import kz.saylau.platform.web.Language;

/**
 * What every page's template has besides its own figures: the language and its words, links that keep the language,
 * the breadcrumbs, and how numbers and times are written. Presentation only: no figure is computed here.
 */
@TemplateData
public final class View {

    /** One step of the breadcrumbs, country first. */
    @TemplateData
    public record Crumb(String href, String label) {
    }

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    public final String lang;
    public final String path;
    public final String title;
    public final List<Crumb> crumbs;
    /** The live stream this page follows (a public API address), or null. */
    public final String stream;
    /** The API address of this page's aggregate figures, fetched again as results change, or null. */
    public final String summary;
    private final Map<String, String> words;
    private final Map<String, String> labels;

    View(Language language, String path, String title, List<Crumb> crumbs, String stream, String summary,
            Map<String, String> labels) {
        this.lang = language.tag();
        this.path = path;
        this.title = title;
        this.crumbs = crumbs;
        this.stream = stream;
        this.summary = summary;
        this.words = PageWords.of(language);
        this.labels = labels;
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /**
     * The words page.js needs (the live state, "corrected", the result statuses) as JSON for a
     * {@code <script type="application/json">} block: data, not code, so the page's script policy stays 'self' only.
     */
    public String getScript() {
        Map<String, String> forScript = new java.util.TreeMap<>();
        words.forEach((k, v) -> {
            if (k.startsWith("live.") || k.equals("corrected") || k.equals("was") || k.equals("precincts.reporting")
                    || k.equals("of") || k.equals("turnout")) {
                forScript.put(k, v);
            }
        });
        labels.forEach((k, v) -> {
            if (k.startsWith("resultStatus.") || k.startsWith("failureReason.")) {
                forScript.put(k, v);
            }
        });
        try {
            return JSON.writeValueAsString(forScript).replace("<", "\\u003c");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A word of the page. */
    public String w(String key) {
        String word = words.get(key);
        return word == null ? key : word;
    }

    /** A word with its one blank filled ({@code {0}}). */
    public String w(String key, Object value) {
        return w(key).replace("{0}", String.valueOf(value));
    }

    /** A system word of /api/labels, e.g. {@code resultStatus.CERTIFIED}. */
    public String label(String group, String code) {
        if (code == null) {
            return "";
        }
        String label = labels.get(group + "." + code);
        return label == null ? code : label;
    }

    /** A link inside the page that keeps the language chosen. */
    public String href(String target) {
        return target + (target.contains("?") ? "&" : "?") + "lang=" + lang;
    }

    /** This page's path without its query. */
    public String getBare() {
        int q = path.indexOf('?');
        return q < 0 ? path : path.substring(0, q);
    }

    /** This page in another language. */
    public String in(String language) {
        int q = path.indexOf('?');
        String bare = q < 0 ? path : path.substring(0, q);
        String query = q < 0 ? "" : path.substring(q + 1).replaceAll("(^|&)lang=[^&]*", "").replaceFirst("^&", "");
        return bare + "?" + (query.isEmpty() ? "" : query + "&") + "lang=" + language;
    }

    /** A percentage as the API gives it (one decimal), or a dash where there is none. */
    public String pct(Number value) {
        return value == null ? "—" : String.format(java.util.Locale.ROOT, "%.1f%%", value.doubleValue());
    }

    /** A count, or a dash where the API gives none yet (the embargo). */
    public String n(Number value) {
        return value == null ? "—" : Long.toString(value.longValue());
    }

    /** The width of a bar for a percentage, 0 to 100. */
    public String bar(Number value) {
        return value == null ? "0"
                : String.format(java.util.Locale.ROOT, "%.1f", Math.max(0, Math.min(100, value.doubleValue())));
    }

    /** The width of a bar for a part of a whole. */
    public String share(Number part, Number whole) {
        return whole.longValue() <= 0 ? "0"
                : String.format(java.util.Locale.ROOT, "%.1f", Math.min(100.0, 100.0 * part.longValue() / whole.longValue()));
    }

    /** The local time (the election's time zone, as the API writes it) of an instant. */
    public String time(String instant) {
        return instant == null ? "" : OffsetDateTime.parse(instant).format(HOURS);
    }

    /** An instant as date and local time. */
    public String when(String instant) {
        return instant == null ? "" : OffsetDateTime.parse(instant).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }
}
