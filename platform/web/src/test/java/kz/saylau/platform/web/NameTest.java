package kz.saylau.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Names as people write them: no control characters, kept in NFC. */
class NameTest {

    private final Name.Check check = new Name.Check();

    @Test
    void controlCharactersAreRefusedAndEverythingPrintableIsKept() {
        assertFalse(check.isValid("i\u001a party", null));
        assertFalse(check.isValid("Алға\u0000", null));
        assertFalse(check.isValid("two\nlines", null));
        assertFalse(check.isValid("line\u2028separator", null));
        assertTrue(check.isValid("Қатаркөл ауылдық округі", null));
        assertTrue(check.isValid("Ұлттық «Ақ жол» партиясы", null));
        assertTrue(check.isValid(null, null));
    }

    @Test
    void namesAreKeptInNfc() {
        assertEquals("Caf\u00e9", Names.nfc("Cafe\u0301"));
        assertEquals(4, Names.nfc("Cafe\u0301").length());
        assertEquals("Әбенова", Names.nfc("Әбенова"));
    }
}
