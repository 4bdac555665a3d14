package kz.saylau.results.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.saylau.results.result.ElectionResult;
import kz.saylau.results.result.PrecinctResults;

/**
 * An ElectionReport of NIST SP 1500-100 Rev. 2 (JSON): one {@code Election} for a voting day, one
 * {@code CandidateContest} per akim election, precinct-level {@code VoteCounts}, and the {@code ReportingUnit}
 * hierarchy country → region → district → rural unit → precinct. Paper votes count as {@code election-day}, electronic
 * ones as {@code other}/{@code electronic}; against-all is a selection without a candidate. Pure: built from what
 * {@link ReportService} read.
 */
public final class NistReport {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    /** One akim election, with what the report needs to say about it. */
    public record Contest(ElectionResult result, String kind, boolean reopened, String unitName, String districtName,
            String regionName, List<Option> options, List<PrecinctResults.PrecinctResult> precincts, RussianNames ru) {
    }

    /** The Russian names of a contest's unit, district and region, where the register has them (null otherwise). */
    public record RussianNames(String unitName, String districtName, String regionName) {
    }

    /** A ballot option: a candidate (with party) or against-all. */
    public record Option(String optionId, int position, String kind, String candidateId, String displayName,
            String partyCode, String partyName, String displayNameRu) {
    }

    private NistReport() {
    }

    /** The NIST status of one result (R-R4 decides, a reopened one is a correction until decided again). */
    public static String status(ElectionResult r, boolean reopened) {
        if ("CERTIFIED".equals(r.status()) || ("FAILED".equals(r.status()) && r.failureReason() != null
                && !"CANCELLED".equals(r.failureReason()))) {
            return "certified";
        }
        if (reopened) {
            return "correction";
        }
        return r.precinctsTotal() > 0 && r.precinctsReporting() == r.precinctsTotal() ? "unofficial-complete"
                : "unofficial-partial";
    }

    /** The report's status: the least final of its contests'. */
    static String status(List<Contest> contests) {
        List<String> order = List.of("unofficial-partial", "correction", "unofficial-complete", "certified");
        return contests.stream().map(c -> status(c.result(), c.reopened())).min((a, b) -> order.indexOf(a) - order.indexOf(b))
                .orElse("unofficial-partial");
    }

    public static ObjectNode build(ObjectMapper mapper, LocalDate votingDay, String scopeUnit, List<Contest> contests,
            boolean rehearsal, OffsetDateTime generated) {
        ObjectNode report = mapper.createObjectNode();
        report.put("@type", "ElectionResults.ElectionReport");
        report.put("Format", "precinct-level");
        report.put("GeneratedDate", DATE_TIME.format(generated));
        report.put("Issuer", "Saylau results-service");
        report.put("IssuerAbbreviation", "SAYLAU");
        report.put("VendorApplicationId", "Saylau results-service");
        report.put("SequenceStart", 1);
        report.put("SequenceEnd", 1);
        report.put("Status", status(contests));
        report.put("IsTest", rehearsal); // R-X4
        if (rehearsal) {
            report.put("TestType", "rehearsal (simulation mode)");
        }

        ArrayNode units = report.putArray("GpUnit");
        java.util.Map<String, ObjectNode> byId = new java.util.LinkedHashMap<>();
        ObjectNode country = unit(mapper, byId, "gpu-KZ", "country", null, "Қазақстан", "Казахстан");
        ArrayNode parties = mapper.createArrayNode();
        java.util.Set<String> partyIds = new java.util.TreeSet<>();

        ObjectNode election = mapper.createObjectNode();
        election.put("@type", "ElectionResults.Election");
        election.put("ElectionScopeId", scopeUnit == null ? "gpu-KZ" : "gpu-" + scopeUnit);
        election.set("Name", text(mapper, "Ауыл әкімдерін сайлау " + votingDay, "Выборы сельских акимов " + votingDay));
        election.put("StartDate", votingDay.toString());
        election.put("EndDate", votingDay.toString());
        boolean special = contests.stream().allMatch(c -> c.kind() != null && !"REGULAR".equals(c.kind()));
        election.put("Type", special && !contests.isEmpty() ? "special" : "general");
        ArrayNode ballotCounts = election.putArray("BallotCounts");
        ArrayNode candidates = election.putArray("Candidate");
        ArrayNode contestNodes = election.putArray("Contest");

        for (Contest c : contests) {
            ElectionResult r = c.result();
            ObjectNode region = unit(mapper, byId, "gpu-" + r.regionCode(), "other", "region",
                    c.regionName() == null ? r.regionCode() : c.regionName(), c.ru().regionName());
            link(country, region);
            ObjectNode district = unit(mapper, byId, "gpu-" + r.districtCode(), "other", "district",
                    c.districtName() == null ? r.districtCode() : c.districtName(), c.ru().districtName());
            link(region, district);
            ObjectNode rural = unit(mapper, byId, "gpu-" + r.unitCode(), "other", "rural-unit", c.unitName(), c.ru().unitName());
            link(district, rural);
            rural.put("SubUnitsReported", r.precinctsReporting());
            rural.put("TotalSubUnits", r.precinctsTotal());
            rural.put("VotersRegistered", r.votersOnList());
            if (r.ballotsCast() != null) {
                rural.put("VotersParticipated", r.ballotsCast());
            }

            ObjectNode contest = contestNodes.addObject();
            contest.put("@type", "ElectionResults.CandidateContest");
            contest.put("@id", "contest-" + r.electionId());
            contest.put("ElectionDistrictId", "gpu-" + r.unitCode());
            contest.put("Name", "Akim: " + c.unitName());
            contest.set("BallotTitle", text(mapper, c.unitName() + " әкімі",
                    "Аким " + (c.ru().unitName() == null ? c.unitName() : c.ru().unitName())));
            contest.put("VotesAllowed", 1);
            contest.put("NumberElected", 1);
            contest.put("VoteVariation", "plurality");
            contest.put("SubUnitsReported", r.precinctsReporting());
            contest.put("TotalSubUnits", r.precinctsTotal());
            ArrayNode selections = contest.putArray("ContestSelection");
            for (Option o : c.options()) {
                ObjectNode selection = selections.addObject();
                selection.put("@type", "ElectionResults.CandidateSelection");
                selection.put("@id", "selection-" + o.optionId());
                selection.put("SequenceOrder", o.position());
                if (o.candidateId() != null) {
                    String candidateId = "candidate-" + o.candidateId();
                    selection.putArray("CandidateIds").add(candidateId);
                    ObjectNode candidate = candidates.addObject();
                    candidate.put("@id", candidateId);
                    candidate.put("@type", "ElectionResults.Candidate");
                    candidate.set("BallotName", text(mapper, o.displayName(), o.displayNameRu()));
                    if (o.partyCode() != null) {
                        String partyId = "party-" + o.partyCode();
                        candidate.put("PartyId", partyId);
                        if (partyIds.add(partyId)) {
                            ObjectNode party = parties.addObject();
                            party.put("@id", partyId);
                            party.put("@type", "ElectionResults.Party");
                            party.set("Name", text(mapper, o.partyName() == null ? o.partyCode() : o.partyName(), null));
                            party.set("Abbreviation", text(mapper, o.partyCode(), null));
                        }
                    }
                    if (r.winner() != null) {
                        candidate.put("PostElectionStatus", r.winner().candidateId().toString().equals(o.candidateId())
                                ? "winner" : "defeated");
                    }
                } else {
                    selection.put("IsWriteIn", false); // against all: a selection without a candidate
                }
                ArrayNode counts = selection.putArray("VoteCounts");
                for (PrecinctResults.PrecinctResult p : c.precincts()) {
                    if (!p.reported() || p.votes() == null) {
                        continue;
                    }
                    long paper = o.candidateId() == null ? p.againstAll()
                            : p.votes().stream().filter(v -> v.candidateId().equals(o.candidateId()))
                                    .mapToLong(PrecinctResults.Votes::votes).sum();
                    count(counts, "gpu-P-" + p.precinctCode(), "election-day", null, paper);
                    if (p.electronic() != null) {
                        long electronic = p.electronic().stream().filter(v -> v.optionId().equals(o.optionId()))
                                .mapToLong(PrecinctResults.OptionVotes::votes).sum();
                        count(counts, "gpu-P-" + p.precinctCode(), "other", "electronic", electronic);
                    }
                }
            }
            for (PrecinctResults.PrecinctResult p : c.precincts()) {
                ObjectNode precinct = unit(mapper, byId, "gpu-P-" + p.precinctCode(), "precinct", null, p.precinctCode(), null);
                link(rural, precinct);
                precinct.put("VotersRegistered", p.votersOnList());
                if (p.reported() && p.ballotsInBox() != null) {
                    long electronic = p.electronic() == null ? 0
                            : p.electronic().stream().mapToLong(PrecinctResults.OptionVotes::votes).sum();
                    precinct.put("VotersParticipated", p.ballotsInBox() + electronic);
                    ObjectNode bc = ballotCounts.addObject();
                    bc.put("@type", "ElectionResults.BallotCounts");
                    bc.put("GpUnitId", "gpu-P-" + p.precinctCode());
                    bc.put("Type", "total");
                    bc.put("BallotsCast", p.ballotsInBox() + electronic);
                    bc.put("BallotsRejected", p.invalidBallots());
                }
            }
        }
        byId.values().forEach(units::add);
        if (!parties.isEmpty()) {
            report.set("Party", parties);
        }
        report.putArray("Election").add(election);
        return report;
    }

    private static void count(ArrayNode counts, String unit, String type, String otherType, long count) {
        ObjectNode vc = counts.addObject();
        vc.put("@type", "ElectionResults.VoteCounts");
        vc.put("GpUnitId", unit);
        vc.put("Type", type);
        if (otherType != null) {
            vc.put("OtherType", otherType);
        }
        vc.put("Count", count);
    }

    private static ObjectNode unit(ObjectMapper mapper, java.util.Map<String, ObjectNode> byId, String id, String type,
            String otherType, String kk, String ru) {
        return byId.computeIfAbsent(id, k -> {
            ObjectNode u = mapper.createObjectNode();
            u.put("@id", id);
            u.put("@type", "ElectionResults.ReportingUnit");
            u.put("Type", type);
            if (otherType != null) {
                u.put("OtherType", otherType);
            }
            u.set("Name", text(mapper, kk, ru));
            return u;
        });
    }

    private static void link(ObjectNode parent, ObjectNode child) {
        ArrayNode ids = parent.has("ComposingGpUnitIds") ? (ArrayNode) parent.get("ComposingGpUnitIds")
                : parent.putArray("ComposingGpUnitIds");
        String id = child.get("@id").asText();
        for (var existing : ids) {
            if (existing.asText().equals(id)) {
                return;
            }
        }
        ids.add(id);
    }

    /** InternationalizedText: Kazakh, and Russian where the register has the name in Russian (issue 19 #7). */
    static ObjectNode text(ObjectMapper mapper, String kk, String ru) {
        ObjectNode t = mapper.createObjectNode();
        t.put("@type", "ElectionResults.InternationalizedText");
        ArrayNode texts = t.putArray("Text");
        for (String[] l : new String[][] { { "kk", kk }, { "ru", ru } }) {
            if (l[1] != null) {
                ObjectNode s = texts.addObject();
                s.put("@type", "ElectionResults.LanguageString");
                s.put("Content", l[1]);
                s.put("Language", l[0]);
            }
        }
        return t;
    }
}
