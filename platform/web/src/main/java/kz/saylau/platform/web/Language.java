package kz.saylau.platform.web;

import java.util.List;
import java.util.Locale;

/**
 * The languages the system answers its own words in (issue 19 #7): Kazakh, Russian, English. Chosen from an
 * {@code Accept-Language} header by RFC 4647 lookup; English when none is asked for or none matches, so that a client
 * that never asks keeps the words api.md writes.
 */
public enum Language {
    KK, RU, EN;

    private static final List<String> TAGS = List.of("kk", "ru", "en");

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Language of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return EN;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            String tag = Locale.lookupTag(ranges, TAGS);
            return tag == null ? EN : valueOf(tag.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return EN; // a malformed header is no reason to refuse an answer
        }
    }
}
