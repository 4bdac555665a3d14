package kz.saylau.platform.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The 12-digit individual identification number (domain.md R-I1): {@code YYMMDD}, a digit for century and sex
 * (1/2 = 1800s male/female, 3/4 = 1900s, 5/6 = 2000s), four serial digits and a check digit. Pure; its one home,
 * for every service that takes IINs (candidate-service's nominations, ballot-service's voter check-in).
 */
public record Iin(String digits, LocalDate birthDate, boolean male) {

    private static final int[] SECOND_WEIGHTS = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2 };

    /** The IIN if it is valid by R-I1, otherwise empty. */
    public static Optional<Iin> parse(String text) {
        if (text == null || !text.matches("[0-9]{12}")) {
            return Optional.empty();
        }
        int[] d = new int[12];
        for (int i = 0; i < 12; i++) {
            d[i] = text.charAt(i) - '0';
        }
        int centuryAndSex = d[6];
        if (centuryAndSex < 1 || centuryAndSex > 6) {
            return Optional.empty();
        }
        int check = 0;
        for (int i = 0; i < 11; i++) {
            check += d[i] * (i + 1);
        }
        check %= 11;
        if (check == 10) {
            check = 0;
            for (int i = 0; i < 11; i++) {
                check += d[i] * SECOND_WEIGHTS[i];
            }
            check %= 11;
            if (check == 10) {
                return Optional.empty();
            }
        }
        if (check != d[11]) {
            return Optional.empty();
        }
        int century = 1800 + 100 * ((centuryAndSex - 1) / 2);
        LocalDate born;
        try {
            born = LocalDate.of(century + d[0] * 10 + d[1], d[2] * 10 + d[3], d[4] * 10 + d[5]);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.of(new Iin(text, born, centuryAndSex % 2 == 1));
    }

    /** R-I2: what the public sees, the last 4 digits only. */
    public static String masked(String iin) {
        return "********" + iin.substring(8);
    }

    @Override
    public String toString() {
        return masked(digits); // never the full IIN in logs (R-I2)
    }
}
