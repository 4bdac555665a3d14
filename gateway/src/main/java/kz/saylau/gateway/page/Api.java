package kz.saylau.gateway.page;

import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * The page's view of the public API's answers (api.md): the fields it shows, nothing computed. Unknown fields are
 * ignored, so the page keeps working when the API grows.
 */
final class Api {

    private Api() {
    }

    @TemplateData
    record Result(String electionId, String unitCode, String unitName, String districtCode, String regionCode,
            String votingDay, String status, String statusLabel, int precinctsTotal, int precinctsReporting,
            long votersOnList, Long ballotsIssued, Long ballotsCast, Double turnoutPct, Long invalidBallots,
            Long againstAll, List<Candidate> candidates, Person leader, Person winner, String failureReason,
            String failureReasonLabel, boolean rehearsal, long sequence) {
    }

    @TemplateData
    record Candidate(String candidateId, String displayName, String affiliation, String nominatedBy, Long votes,
            Double sharePct, Long paper, Long electronic) {
    }

    @TemplateData
    record Person(String candidateId, String displayName, long votes) {
    }

    record Changes(long sequence, List<Result> results) {
    }

    @TemplateData
    record Summary(int elections, int precinctsTotal, int precinctsReporting, long votersOnList, long ballotsCast,
            Double turnoutPct, List<RegionRow> byRegion, boolean rehearsal) {
    }

    @TemplateData
    record RegionRow(String regionCode, String regionName, int elections, int precinctsTotal, int precinctsReporting,
            long votersOnList, long ballotsCast, Double turnoutPct) {
    }

    @TemplateData
    record Unit(String code, String name, String nameRu, String level, String parentCode, String districtCode,
            String regionCode, long electorate) {
    }

    record Election(String id, String unitCode, String votingDay, String phase, String phaseLabel, Calendar calendar) {
    }

    record Calendar(String pollsOpen, String pollsClose) {
    }

    @TemplateData
    record PrecinctRow(String precinctCode, boolean reported, Integer version, long votersOnList, Long ballotsIssued,
            Long turnoutBallotsIssued, Long ballotsInBox, Long invalidBallots, Long againstAll, List<Flag> flags) {
    }

    @TemplateData
    record Flag(String code, String detail) {
    }

    @TemplateData
    record Precinct(String code, String unitCode, String name, String address, long votersOnList, String closedAt) {
    }

    @TemplateData
    record Protocol(int version, long votersOnList, long ballotsReceived, long ballotsIssued, long ballotsCancelled,
            long ballotsInBox, long invalidBallots, long againstAll, List<Vote> votes, String imageSha256, String reason,
            String decisionRef, String tracker, String previousTracker, String acceptedAt) {
    }

    @TemplateData
    record Vote(String candidateId, long votes) {
    }

    @TemplateData
    record Turnout(long votersOnList, List<TurnoutPoint> course) {
    }

    @TemplateData
    record TurnoutPoint(String asOf, long ballotsIssued, Double turnoutPct) {
    }

    @TemplateData
    record NominationRow(String key, String name, int candidates, int party, int self, int districtAkim,
            Double partySharePct, Double selfSharePct, int women, Double womenSharePct) {
    }

    @TemplateData
    record WinnerRow(String key, String name, int seats, Double sharePct) {
    }

    @TemplateData
    record Incumbents(int winners, int reelected, int newPeople, Double reelectedSharePct) {
    }

    record Labels(String language, java.util.Map<String, String> labels) {
    }
}
