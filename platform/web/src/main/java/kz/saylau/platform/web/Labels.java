package kz.saylau.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The system's own words in each {@link Language}: {@code labels_kk/ru/en.properties} beside this class, one home
 * for every service. Keys: {@code phase.*}, {@code resultStatus.*}, {@code candidateStatus.*}, {@code nominatedBy.*},
 * {@code affiliation.*}, {@code option.*}, {@code failureReason.*}. A key missing in a language falls back to
 * English; an unknown key reads as itself, and so does an unknown code.
 */
public final class Labels {

    private static final Map<Language, Map<String, String>> ALL = load();

    private Labels() {
    }

    public static String of(Language language, String key) {
        String text = ALL.get(language).get(key);
        if (text == null) {
            text = ALL.get(Language.EN).get(key);
        }
        return text == null ? key : text;
    }

    /** The word for {@code code} under {@code prefix}; the code itself when it has none, null for a null code. */
    public static String of(Language language, String prefix, String code) {
        if (code == null) {
            return null;
        }
        String key = prefix + "." + code;
        return ALL.get(Language.EN).containsKey(key) ? of(language, key) : code;
    }

    /** Every label of a language (English where it has none), sorted by key. */
    public static Map<String, String> all(Language language) {
        Map<String, String> out = new TreeMap<>(ALL.get(Language.EN));
        out.putAll(ALL.get(language));
        return Collections.unmodifiableMap(out);
    }

    private static Map<Language, Map<String, String>> load() {
        Map<Language, Map<String, String>> all = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            Properties p = new Properties();
            try (InputStream in = Labels.class.getResourceAsStream("labels_" + l.tag() + ".properties")) {
                if (in == null) {
                    throw new IllegalStateException("labels_" + l.tag() + ".properties is missing");
                }
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Map<String, String> m = new TreeMap<>();
            p.forEach((k, v) -> m.put((String) k, (String) v));
            all.put(l, Collections.unmodifiableMap(m));
        }
        return all;
    }
}
