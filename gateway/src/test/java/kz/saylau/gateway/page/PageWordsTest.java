package kz.saylau.gateway.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kz.saylau.platform.web.Language;

/** Every label of the page in Kazakh, Russian and English (issue 17): none missing, none left in English. */
class PageWordsTest {

    @Test
    void everyWordOfThePageIsInEachLanguage() {
        Map<String, String> en = PageWords.load(Language.EN);
        for (Language l : List.of(Language.KK, Language.RU)) {
            Map<String, String> words = PageWords.load(l);
            assertEquals(en.keySet(), words.keySet(), l + " has other words than English");
            words.forEach((k, v) -> assertTrue(!v.isBlank(), l + " " + k + " is empty"));
            long untranslated = words.entrySet().stream()
                    .filter(e -> e.getValue().equals(en.get(e.getKey())) && !List.of("site", "opendata.json").contains(e.getKey()))
                    .count();
            assertEquals(0, untranslated, l + ": words left as the English ones");
            assertTrue(words.values().stream().anyMatch(v -> v.matches(".*\\p{IsCyrillic}.*")), l + " is not in Cyrillic");
        }
    }

    @Test
    void aLanguageSwitchKeepsThePageAndItsDay() {
        View v = new View(Language.EN, "/regions/19?day=2021-07-25", "t", List.of(), null, null, Map.of());
        assertEquals("/regions/19?day=2021-07-25&lang=kk", v.in("kk"));
        assertEquals("/regions/19?lang=ru", new View(Language.KK, "/regions/19?lang=kk", "t", List.of(), null, null, Map.of()).in("ru"));
        assertEquals("/?lang=en", new View(Language.KK, "/", "t", List.of(), null, null, Map.of()).in("en"));
        assertEquals("21.5%", v.pct(21.5));
        assertEquals("—", v.n(null));
    }
}
