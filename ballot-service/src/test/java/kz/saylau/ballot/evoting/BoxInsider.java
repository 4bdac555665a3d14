package kz.saylau.ballot.evoting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An insider who has read every row of the ballot database (with {@code xmin} and {@code ctid}), the outbox and
 * the Kafka topics, knows the voter key (so finds each voter's check-in), and tries to name each voter's choice.
 * Each attack gives a guess per voter; where it learns nothing it guesses what the most voters chose, which is
 * what chance gives. The test then compares each attack's hits with chance's.
 */
final class BoxInsider {

    record Row(String table, long xmin, String ctid, Map<String, String> values) {
    }

    record Voter(String voterHash, String choice) {
    }

    final List<Row> rows;
    final List<String> records;
    /** Every value that names a choice in clear (option ids, candidate ids) and the choice it names. */
    final Map<String, String> namesOfChoices;

    BoxInsider(List<Row> rows, List<String> records, Map<String, String> namesOfChoices) {
        this.rows = rows;
        this.records = records;
        this.namesOfChoices = namesOfChoices;
    }

    /** The rows one voter's check-in reaches: by transaction id (xmin) and by the token's hash, three hops deep. */
    List<Row> linked(Voter v) {
        Set<Row> found = new HashSet<>();
        List<Row> frontier = rows.stream().filter(r -> r.table().equals("voter_checkin")
                && v.voterHash().equals(r.values().get("voter_hash"))).toList();
        for (int hop = 0; hop < 3 && !frontier.isEmpty(); hop++) {
            found.addAll(frontier);
            Set<Long> xmins = frontier.stream().map(Row::xmin).collect(Collectors.toSet());
            Set<String> tokens = frontier.stream().map(r -> r.values().get("token_hash")).filter(t -> t != null)
                    .collect(Collectors.toSet());
            frontier = rows.stream().filter(r -> !found.contains(r))
                    .filter(r -> xmins.contains(r.xmin()) || tokens.contains(r.values().get("token_hash"))).toList();
        }
        return List.copyOf(found);
    }

    /**
     * The choice a row names in clear: the one choice whose option or candidate id its values hold (a row that
     * lists every option, as an encrypted ballot does, names none of them).
     */
    String plaintext(Row row) {
        Set<String> named = new HashSet<>();
        for (String value : row.values().values()) {
            if (value == null) {
                continue;
            }
            for (var name : namesOfChoices.entrySet()) {
                if (value.contains(name.getKey())) {
                    named.add(name.getValue());
                }
            }
        }
        return named.size() == 1 ? named.iterator().next() : null;
    }

    /**
     * Attack 1: follow the links from the check-in and read a choice in clear; a voter whose links reach rows naming
     * several choices (the tallies, which every check-in of the election reaches alike) is not named by them.
     */
    Map<Voter, String> byJoin(List<Voter> voters) {
        Map<Voter, String> guesses = new LinkedHashMap<>();
        for (Voter v : voters) {
            Set<String> named = linked(v).stream().map(this::plaintext).filter(c -> c != null).collect(Collectors.toSet());
            guesses.put(v, named.size() == 1 ? named.iterator().next() : null);
        }
        return guesses;
    }

    /** Attack 2: the k-th check-in cast the k-th ballot (by transaction id, and by physical row order). */
    Map<Voter, String> byWriteOrder(List<Voter> voters, String electionId, Function<Row, String> order) {
        Comparator<Row> by = Comparator.comparing(order);
        List<Row> checkins = rows.stream().filter(r -> r.table().equals("voter_checkin")
                && electionId.equals(r.values().get("election_id"))).sorted(by).toList();
        List<Row> ballots = rows.stream().filter(r -> r.table().equals("electronic_ballot")
                && electionId.equals(r.values().get("election_id"))).sorted(by).toList();
        Map<Voter, String> guesses = new LinkedHashMap<>();
        for (Voter v : voters) {
            int rank = -1;
            for (int i = 0; i < checkins.size(); i++) {
                if (v.voterHash().equals(checkins.get(i).values().get("voter_hash"))) {
                    rank = i;
                }
            }
            guesses.put(v, rank >= 0 && rank < ballots.size() ? plaintext(ballots.get(rank)) : null);
        }
        return guesses;
    }

    /**
     * Attack 3: any stored value at all. Each voter's features are the values of the rows it reaches and of the
     * ballot at its rank; a voter is guessed as the others who share a feature with it mostly chose (leave one out),
     * so a value that follows the choice (a deterministic ciphertext, a position, a flag) is found.
     */
    Map<Voter, String> byAnyValue(List<Voter> voters, String electionId) {
        Map<Voter, Set<String>> features = new HashMap<>();
        Map<Voter, String> ranked = byWriteOrderRows(voters, electionId);
        for (Voter v : voters) {
            Set<String> f = new HashSet<>();
            List<Row> reach = new ArrayList<>(linked(v));
            for (Row r : reach) {
                r.values().forEach((column, value) -> f.add(r.table() + "." + column + "=" + value));
                f.add(r.table() + ".xmin=" + r.xmin());
            }
            if (ranked.get(v) != null) {
                f.add("rank-ballot=" + ranked.get(v));
            }
            features.put(v, f);
        }
        Map<Voter, String> guesses = new LinkedHashMap<>();
        for (Voter v : voters) {
            // the purest feature wins (a value only one choice's voters share beats one everybody shares)
            String best = null;
            double bestPurity = 0;
            for (String feature : features.get(v)) {
                Map<String, Long> others = voters.stream().filter(o -> o != v && features.get(o).contains(feature))
                        .collect(Collectors.groupingBy(Voter::choice, Collectors.counting()));
                long shared = others.values().stream().mapToLong(Long::longValue).sum();
                var top = others.entrySet().stream().max(Map.Entry.comparingByValue());
                if (shared >= 2 && top.isPresent() && (double) top.get().getValue() / shared > bestPurity) {
                    best = top.get().getKey();
                    bestPurity = (double) top.get().getValue() / shared;
                }
            }
            guesses.put(v, best);
        }
        return guesses;
    }

    /** The row, as features, of the ballot at each voter's rank in transaction order. */
    private Map<Voter, String> byWriteOrderRows(List<Voter> voters, String electionId) {
        List<Row> checkins = rows.stream().filter(r -> r.table().equals("voter_checkin")
                && electionId.equals(r.values().get("election_id"))).sorted(Comparator.comparing(Row::xmin)).toList();
        List<Row> ballots = rows.stream().filter(r -> r.table().equals("electronic_ballot")
                && electionId.equals(r.values().get("election_id"))).sorted(Comparator.comparing(Row::xmin)).toList();
        Map<Voter, String> out = new HashMap<>();
        for (int i = 0; i < checkins.size() && i < ballots.size(); i++) {
            String hash = checkins.get(i).values().get("voter_hash");
            Row b = ballots.get(i);
            voters.stream().filter(v -> v.voterHash().equals(hash)).findFirst()
                    .ifPresent(v -> out.put(v, b.values().get("ballot")));
        }
        return out;
    }

    /** How many guesses hit, a missing guess counted as chance's (the most common choice). */
    static long hits(Map<Voter, String> guesses, String mostCommon) {
        return guesses.entrySet().stream()
                .filter(e -> (e.getValue() == null ? mostCommon : e.getValue()).equals(e.getKey().choice())).count();
    }
}
