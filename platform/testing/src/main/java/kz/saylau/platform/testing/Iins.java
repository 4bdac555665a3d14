package kz.saylau.platform.testing;

import java.time.LocalDate;

import kz.saylau.platform.web.Iin;

/** Valid IINs for tests, made with the one validator of R-I1 ({@link Iin}). */
public final class Iins {

    private Iins() {
    }

    /** A valid IIN of someone born on {@code born}, with the first serial from {@code serial} that has a check digit. */
    public static String valid(LocalDate born, boolean male, int serial) {
        int century = switch (born.getYear() / 100) {
            case 18 -> 1;
            case 19 -> 3;
            default -> 5;
        } + (male ? 0 : 1);
        String head = String.format("%02d%02d%02d%d", born.getYear() % 100, born.getMonthValue(), born.getDayOfMonth(), century);
        for (int s = serial; s < serial + 10000; s++) {
            for (int check = 0; check < 10; check++) {
                String iin = head + String.format("%04d", s % 10000) + check;
                if (Iin.parse(iin).isPresent()) {
                    return iin; // the one check digit R-I1 accepts for this head, if any
                }
            }
        }
        throw new IllegalStateException("no valid IIN for " + head);
    }
}
