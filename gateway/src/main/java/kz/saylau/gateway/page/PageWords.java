package kz.saylau.gateway.page;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import kz.saylau.platform.web.Language;

/**
 * The page's own words (page/words_kk|ru|en.properties): headings, column names, the live state. The system's words
 * (statuses, failure reasons) are not here: the page reads them from {@code GET /api/labels} like any client.
 */
final class PageWords {

    private static final Map<Language, Map<String, String>> WORDS = new EnumMap<>(Language.class);

    static {
        for (Language l : Language.values()) {
            WORDS.put(l, load(l));
        }
    }

    private PageWords() {
    }

    static Map<String, String> of(Language language) {
        return WORDS.get(language);
    }

    static Map<String, String> load(Language language) {
        Properties p = new Properties();
        String file = "page/words_" + language.tag() + ".properties";
        try (var in = PageWords.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> words = new TreeMap<>();
        p.forEach((k, v) -> words.put((String) k, (String) v));
        return Map.copyOf(words);
    }
}
