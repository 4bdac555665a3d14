package kz.saylau.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class IinTest {

    @Test
    void R_I1_examplesOfDomainMdAreValidOrInvalid() {
        assertTrue(Iin.parse("900101300017").isPresent());
        assertTrue(Iin.parse("850115300205").isPresent());
        assertTrue(Iin.parse("821214240092").isEmpty());
    }

    @Test
    void R_I1_birthDateCenturyAndGenderComeFromTheDigits() {
        Iin iin = Iin.parse("900101300017").orElseThrow();
        assertEquals(LocalDate.of(1990, 1, 1), iin.birthDate());
        assertTrue(iin.male());
        Iin woman2000s = Iin.parse(withCheckDigit("040229600001")).orElseThrow(); // 29 February 2004
        assertTrue(!woman2000s.male());
        assertEquals(LocalDate.of(2004, 2, 29), woman2000s.birthDate());
        assertEquals(LocalDate.of(1885, 3, 1), Iin.parse(withCheckDigit("850301100001")).orElseThrow().birthDate());
    }

    @Test
    void R_I1_secondWeightPassIsUsedWhenTheFirstGivesTen() {
        // find a head whose first pass gives 10 and second pass a digit, and check it is accepted only with that digit
        String head = null;
        for (int serial = 0; serial < 10000 && head == null; serial++) {
            String h = "900101" + "3" + String.format("%04d", serial);
            if (firstPass(h) == 10 && secondPass(h) != 10) {
                head = h;
            }
        }
        int check = secondPass(head);
        assertTrue(Iin.parse(head + check).isPresent(), head + check);
        assertTrue(Iin.parse(head + ((check + 1) % 10)).isEmpty());
    }

    @Test
    void R_I1_tenOnBothPassesIsInvalid() {
        String found = null;
        for (int serial = 0; serial < 10000 && found == null; serial++) {
            String h = "900101" + "3" + String.format("%04d", serial);
            if (firstPass(h) == 10 && secondPass(h) == 10) {
                found = h;
            }
        }
        for (int digit = 0; digit < 10; digit++) {
            assertTrue(Iin.parse(found + digit).isEmpty(), found + digit);
        }
    }

    @Test
    void R_I1_dateMustBeRealAndShapeTwelveDigits() {
        assertTrue(Iin.parse(withCheckDigit("900230300001")).isEmpty()); // 30 February
        assertTrue(Iin.parse(withCheckDigit("000229500001")).isPresent()); // 29 February 2000
        assertTrue(Iin.parse(withCheckDigit("010229500001")).isEmpty()); // 29 February 2001
        assertTrue(Iin.parse(withCheckDigit("900101700001")).isEmpty()); // century digit 7
        assertTrue(Iin.parse("90010130001").isEmpty());
        assertTrue(Iin.parse("90010130001a").isEmpty());
        assertTrue(Iin.parse(null).isEmpty());
    }

    @Test
    void R_I2_maskShowsTheLastFourDigitsOnly() {
        assertEquals("********0017", Iin.masked("900101300017"));
        assertEquals("********0017", Iin.parse("900101300017").orElseThrow().toString());
    }

    static int firstPass(String head) {
        int c = 0;
        for (int i = 0; i < 11; i++) {
            c += (head.charAt(i) - '0') * (i + 1);
        }
        return c % 11;
    }

    static int secondPass(String head) {
        int[] w = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2 };
        int c = 0;
        for (int i = 0; i < 11; i++) {
            c += (head.charAt(i) - '0') * w[i];
        }
        return c % 11;
    }

    /** A valid IIN for this head (11 digits), trying the next serials when a check digit would be 10. */
    static String withCheckDigit(String head11OrMore) {
        String head = head11OrMore.substring(0, 11);
        for (int serial = Integer.parseInt(head.substring(7)); serial < 10000; serial++) {
            String h = head.substring(0, 7) + String.format("%04d", serial);
            int c = firstPass(h);
            if (c == 10) {
                c = secondPass(h);
            }
            if (c != 10) {
                return h + c;
            }
        }
        throw new IllegalStateException();
    }
}
