package kz.saylau.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void theLanguageIsLookedUpFromAcceptLanguageWithEnglishLast() {
        assertEquals(Language.KK, Language.of("kk-KZ,kk;q=0.9,ru;q=0.8"));
        assertEquals(Language.RU, Language.of("ru-RU"));
        assertEquals(Language.RU, Language.of("de;q=1.0, ru;q=0.5"));
        assertEquals(Language.EN, Language.of("de"));
        assertEquals(Language.EN, Language.of(null));
        assertEquals(Language.EN, Language.of("*;;;=="));
        assertEquals(Language.KK, Language.of("en;q=0.1, kk;q=0.9"));
    }

    @Test
    void everyLanguageHasEveryWordOfEnglish() {
        for (Language l : Language.values()) {
            assertEquals(Labels.all(Language.EN).keySet(), Labels.all(l).keySet());
            for (String key : Labels.all(Language.EN).keySet()) {
                String text = Labels.of(l, key);
                assertTrue(!text.isBlank() && !text.equals(key), l + " " + key);
                if (l != Language.EN) {
                    // each is its own translation, not English left over
                    assertTrue(!text.equals(Labels.of(Language.EN, key)), l + " " + key + " is the English word");
                }
            }
        }
    }

    @Test
    void theWordsApiMdWritesAreTheEnglishOnes() {
        assertEquals("Against all", Labels.of(Language.EN, "option.AGAINST_ALL"));
        assertEquals("self-nominated", Labels.of(Language.EN, "affiliation", "SELF"));
        assertEquals("Барлығына қарсы", Labels.of(Language.KK, "option.AGAINST_ALL"));
        assertEquals("Против всех", Labels.of(Language.RU, "option.AGAINST_ALL"));
        assertEquals("NOPE.X", Labels.of(Language.RU, "NOPE.X"));
        // a code the words do not know reads as itself
        assertEquals("WIZARD", Labels.of(Language.KK, "nominatedBy", "WIZARD"));
    }
}
