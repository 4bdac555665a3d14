package kz.saylau.platform.web;

import java.text.Normalizer;

/** Names in one form: Unicode NFC, so the same name typed on two keyboards (precomposed or not) is one name. */
public final class Names {

    private Names() {
    }

    /** The name in Unicode NFC; null stays null. */
    public static String nfc(String name) {
        return name == null ? null : Normalizer.normalize(name, Normalizer.Form.NFC);
    }
}
