package kz.saylau.ballot.evoting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The insider of SecrecyTest, shown to work: against the box as it was before issue 16 (the option in clear, the
 * token's update and the ballot's insert in one transaction) it names every voter's choice, and against a box whose
 * ciphertexts are deterministic it names them by value alone.
 */
class BoxInsiderTest {

    static final String ELECTION = "e1";
    static final List<String> OPTIONS = List.of("option-a", "option-b", "option-c");

    List<BoxInsider.Voter> voters = new ArrayList<>();

    List<BoxInsider.Row> box(boolean optionInClear) {
        List<BoxInsider.Row> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String choice = OPTIONS.get(i % 3);
            voters.add(new BoxInsider.Voter("voter-" + i, choice));
            rows.add(new BoxInsider.Row("voter_checkin", 100 + i, "(0," + i + ")",
                    Map.of("election_id", ELECTION, "voter_hash", "voter-" + i, "token_hash", "token-" + i)));
            rows.add(new BoxInsider.Row("ballot_token", 500 + i, "(1," + i + ")",
                    Map.of("election_id", ELECTION, "token_hash", "token-" + i, "used", "true")));
            Map<String, String> ballot = new HashMap<>(Map.of("election_id", ELECTION, "receipt", "r" + i));
            if (optionInClear) {
                ballot.put("option_id", choice);
            } else {
                ballot.put("ballot", "deterministic-ciphertext-of-" + choice.hashCode());
            }
            rows.add(new BoxInsider.Row("electronic_ballot", 500 + i, "(2," + (29 - i) + ")", ballot));
        }
        return rows;
    }

    Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        OPTIONS.forEach(o -> names.put(o, o));
        return names;
    }

    @Test
    void theJoinOnTransactionIdsNamesEveryChoiceOfTheOldBox() {
        BoxInsider insider = new BoxInsider(box(true), List.of(), names());
        assertEquals(30, BoxInsider.hits(insider.byJoin(voters), "option-a"));
    }

    @Test
    void anyValueThatFollowsTheChoiceNamesItWithoutAJoin() {
        BoxInsider insider = new BoxInsider(box(false), List.of(), names());
        assertEquals(30, BoxInsider.hits(insider.byAnyValue(voters, ELECTION), "option-a"));
    }
}
