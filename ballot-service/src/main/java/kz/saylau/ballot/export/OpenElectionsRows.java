package kz.saylau.ballot.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kz.saylau.ballot.protocol.ProtocolView;
import kz.saylau.ballot.protocol.Trackers;

/**
 * One protocol version as rows of the OpenElections layout (github.com/openelections/docs: {@code county, precinct,
 * office, district, party, candidate, votes}, one row per candidate per precinct, totals as rows whose office names
 * them), with Saylau's columns after those seven. Here the county is the district (audan), the district the rural
 * unit whose akim is elected, the office "Rural Akim". Pure.
 */
public final class OpenElectionsRows {

    public static final List<String> HEADER = List.of("county", "precinct", "office", "district", "party", "candidate",
            "votes", "region", "unit_code", "election_id", "voting_day", "version", "latest", "accepted_at", "tracker",
            "decision_ref", "reason");

    public static final String OFFICE = "Rural Akim";

    /** Where a protocol belongs: names of its territory and its election. */
    public record Place(String region, String county, String district, String unitCode, String electionId, String votingDay) {
    }

    /** A ballot line: the name and affiliation the ballot printed. */
    public record Line(String candidate, String party) {
    }

    private OpenElectionsRows() {
    }

    /**
     * The rows of one version: each candidate in ballot order (the order of {@code lines}, by candidate id), against
     * all, then the totals.
     */
    public static List<List<String>> of(Place place, ProtocolView p, boolean latest, Map<String, Line> lines) {
        List<List<String>> rows = new ArrayList<>();
        Map<String, Long> votes = new java.util.HashMap<>();
        for (Trackers.Vote v : p.votes()) {
            votes.put(v.candidateId(), v.votes());
        }
        List<String> order = new ArrayList<>(lines.keySet());
        votes.keySet().stream().filter(id -> !order.contains(id)).sorted().forEach(order::add);
        for (String candidate : order) {
            if (!votes.containsKey(candidate)) {
                continue;
            }
            Line line = lines.getOrDefault(candidate, new Line(candidate, ""));
            rows.add(row(place, p, latest, OFFICE, line.party(), line.candidate(), votes.get(candidate)));
        }
        rows.add(row(place, p, latest, OFFICE, "", "Against all", p.againstAll()));
        rows.add(row(place, p, latest, "Invalid Ballots", "", "", p.invalidBallots()));
        rows.add(row(place, p, latest, "Ballots Cast", "", "", p.ballotsInBox()));
        rows.add(row(place, p, latest, "Ballots Issued", "", "", p.ballotsIssued()));
        rows.add(row(place, p, latest, "Registered Voters", "", "", p.votersOnList()));
        return rows;
    }

    private static List<String> row(Place place, ProtocolView p, boolean latest, String office, String party,
            String candidate, long votes) {
        return List.of(place.county(), p.precinctCode(), office, place.district(), party, candidate, Long.toString(votes),
                place.region(), place.unitCode(), place.electionId(), place.votingDay(), Integer.toString(p.version()),
                Boolean.toString(latest), p.acceptedAt(), p.tracker(), nullToEmpty(p.decisionRef()), nullToEmpty(p.reason()));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
