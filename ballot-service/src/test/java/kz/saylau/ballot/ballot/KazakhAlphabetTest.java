package kz.saylau.ballot.ballot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class KazakhAlphabetTest {

    @Test
    void R_B1_theExampleOfDomainMdSortsInItsOrder() {
        List<String> expected = List.of("Ахметбеков", "Еспаева", "Қосанов", "Рақымбеков", "Таспихов", "Тоқаев", "Түгел");
        List<String> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new java.util.Random(7));
        shuffled.sort(KazakhAlphabet.ORDER);
        assertEquals(expected, shuffled);
    }

    @Test
    void R_B1_eachKazakhSpecificLetterComesRightAfterItsNeighbour() {
        // Ә after А, Ғ after Г, Қ after К, Ң after Н, Ө after О, Ұ and Ү after У, Һ after Х, І after Ы: all before the next letter
        String[][] pairs = { { "Арман", "Әлия", "Бақыт" }, { "Гүл", "Ғалым", "Дана" }, { "Кәрім", "Қайрат", "Лаура" },
                { "Нұр", "Ңы", "Олжас" }, { "Оспан", "Өмір", "Пернебай" }, { "Уәли", "Ұлан", "Үміт" }, { "Үміт", "Үн", "Фарид" },
                { "Хасен", "Һиба", "Цой" }, { "Ыбырай", "Іңкәр", "Ьа" } };
        for (String[] p : pairs) {
            List<String> names = new ArrayList<>(List.of(p[2], p[1], p[0]));
            names.sort(KazakhAlphabet.ORDER);
            assertEquals(List.of(p), names, String.join(",", p));
        }
    }

    @Test
    void R_B1_theJdkCollatorWouldPutҚAfterЯ_butThisOrderDoesNot() {
        assertTrue(KazakhAlphabet.ORDER.compare("Қосанов", "Ямин") < 0);
        assertTrue(KazakhAlphabet.ORDER.compare("әбенова", "Бек") < 0, "case is ignored");
        assertTrue(KazakhAlphabet.ORDER.compare("Қос", "Қосанов") < 0, "a prefix comes first");
    }

    @Test
    void R_B1_surnameThenFirstNameThenPatronymic() {
        record P(String last, String first, String patronymic) {
        }
        List<P> people = new ArrayList<>(List.of(new P("Қосанов", "Аман", "Әлиұлы"), new P("Қосанов", "Аман", "Ахметұлы"),
                new P("Қосанов", "Әсет", null), new P("Қосанов", "Аман", null)));
        people.sort(KazakhAlphabet.byName(P::last, P::first, P::patronymic));
        assertEquals(List.of(new P("Қосанов", "Аман", null), new P("Қосанов", "Аман", "Ахметұлы"),
                new P("Қосанов", "Аман", "Әлиұлы"), new P("Қосанов", "Әсет", null)), people);
    }
}
