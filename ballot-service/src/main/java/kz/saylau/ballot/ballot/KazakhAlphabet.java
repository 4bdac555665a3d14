package kz.saylau.ballot.ballot;

import java.util.Comparator;
import java.util.Locale;

/**
 * R-B1: Kazakh alphabetical order, by the explicit 42-letter table of domain.md (the JDK's Collator does not know
 * Kazakh and puts Қ after Я). Case is ignored; characters outside the alphabet (Latin, hyphen, apostrophe) sort
 * after every Kazakh letter, by code point. Pure.
 */
public final class KazakhAlphabet {

    static final String LETTERS = "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ";

    /** Compares names letter by letter; a name that is a prefix of another comes first. */
    public static final Comparator<String> ORDER = KazakhAlphabet::compare;

    private KazakhAlphabet() {
    }

    static int compare(String a, String b) {
        String x = a.toUpperCase(new Locale("kk"));
        String y = b.toUpperCase(new Locale("kk"));
        int n = Math.min(x.length(), y.length());
        for (int i = 0; i < n; i++) {
            int c = Integer.compare(rank(x.charAt(i)), rank(y.charAt(i)));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length(), y.length());
    }

    static int rank(char ch) {
        int i = LETTERS.indexOf(ch);
        return i >= 0 ? i : LETTERS.length() + ch;
    }

    /** R-B1: surname, then first name, then patronymic. */
    public static <T> Comparator<T> byName(java.util.function.Function<T, String> last, java.util.function.Function<T, String> first,
            java.util.function.Function<T, String> patronymic) {
        return Comparator.comparing(last, ORDER).thenComparing(first, ORDER)
                .thenComparing(t -> patronymic.apply(t) == null ? "" : patronymic.apply(t), ORDER);
    }
}
