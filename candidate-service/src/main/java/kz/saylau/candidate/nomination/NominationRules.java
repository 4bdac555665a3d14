package kz.saylau.candidate.nomination;

import kz.saylau.platform.web.Iin;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;

import kz.saylau.candidate.election.ElectionCalendar;
import kz.saylau.candidate.election.FallbackMode;
import kz.saylau.platform.web.ProblemException;

/**
 * The nomination rules R-N1..R-N6 and R-I1, checked in api.md's order so that the first broken rule is the one
 * reported. Pure: unit-tested without Quarkus.
 */
public final class NominationRules {

    /** What the rules need to know besides the nomination itself: {@code standing}, the election's candidates so far. */
    public record Facts(ElectionCalendar calendar, Instant now, FallbackMode fallbackMode, int minimumAge,
            double signaturesPct, long electorate, java.util.List<Standing> standing) {
    }

    /** A candidate of the election so far, as far as R-N4 looks at it. */
    public record Standing(NominatedBy nominatedBy, String partyCode, CandidateStatus status) {
    }

    /**
     * R-N4: the party has a candidate in the election already: one it nominated that is still nominated or registered
     * (a refused, withdrawn or deregistered one frees the party to nominate another).
     */
    public static boolean partyHasCandidate(java.util.List<Standing> standing, String partyCode) {
        return standing.stream().anyMatch(s -> s.nominatedBy() == NominatedBy.PARTY && s.partyCode() != null
                && s.partyCode().equals(partyCode)
                && s.status().standing());
    }

    private NominationRules() {
    }

    /** Throws the first broken rule in api.md's order (then 409 ALREADY_NOMINATED is the service's, last). */
    public static void check(NominationRequest n, Facts facts) {
        boolean fallbackOpen = fallbackWindowOpen(facts.calendar(), facts.now());
        if (n.nominatedBy() == NominatedBy.DISTRICT_AKIM && !fallbackOpen) {
            throw ProblemException.rule("FALLBACK_NOMINATION_NOT_ALLOWED", "R-N6",
                    "the district akim nominates only in an open fallback window");
        }
        if (n.nominatedBy() != NominatedBy.DISTRICT_AKIM
                && !nominationWindowOpen(facts.calendar(), facts.now())
                && !(fallbackOpen && facts.fallbackMode() == FallbackMode.EXTENSION)) {
            throw ProblemException.rule("NOMINATION_CLOSED", "R-N5", fallbackOpen
                    ? "only the district akim nominates in the fallback window"
                    : "nominations are accepted only in the nomination window");
        }
        Iin iin = Iin.parse(n.iin()).orElseThrow(() -> ProblemException.rule("IIN_INVALID", "R-I1",
                "the IIN is not 12 digits with a valid date, century digit and check digit"));
        if (!iin.birthDate().equals(n.birthDate()) || iin.male() != (n.gender() == Gender.M)) {
            throw ProblemException.rule("IIN_MISMATCH", "R-N3", "the birth date or gender disagree with the IIN");
        }
        LocalDate votingDay = facts.calendar().votingDay();
        if (!oldEnough(n.birthDate(), facts.minimumAge(), votingDay)) {
            throw ProblemException.rule("CANDIDATE_UNDER_AGE", "R-N2",
                    "a candidate is at least " + facts.minimumAge() + " years old on voting day " + votingDay);
        }
        if (n.nominatedBy() == NominatedBy.PARTY && n.partyCode() == null) {
            throw ProblemException.rule("PARTY_REQUIRED", "R-N4", "a PARTY nomination names its partyCode");
        }
        if (n.nominatedBy() != NominatedBy.PARTY && n.partyCode() != null) {
            throw ProblemException.rule("PARTY_NOT_ALLOWED", "R-N4", "only a PARTY nomination names a partyCode");
        }
        if (n.nominatedBy() == NominatedBy.PARTY && partyHasCandidate(facts.standing(), n.partyCode())) {
            throw ProblemException.rule("PARTY_ALREADY_NOMINATED", "R-N4",
                    "party " + n.partyCode() + " has a candidate in this election already");
        }
        if (n.nominatedBy() == NominatedBy.SELF) {
            long needed = signaturesNeeded(facts.electorate(), facts.signaturesPct());
            int given = n.signatures() == null ? 0 : n.signatures();
            if (given < needed) {
                throw ProblemException.rule("SIGNATURES_TOO_FEW", "R-N5", "a self-nomination needs " + needed
                        + " verified signatures (" + facts.signaturesPct() + "% of an electorate of "
                        + facts.electorate() + "), not " + given);
            }
        }
    }

    /** R-N5: nomination window {@code [nominationOpens, nominationCloses)}. */
    public static boolean nominationWindowOpen(ElectionCalendar c, Instant now) {
        return !now.isBefore(c.nominationOpens()) && now.isBefore(c.nominationCloses());
    }

    /** R-N6: the fallback window {@code [nominationCloses, fallbackNominationCloses)}, once it has opened. */
    public static boolean fallbackWindowOpen(ElectionCalendar c, Instant now) {
        return c.fallbackOpened() && !now.isBefore(c.nominationCloses()) && now.isBefore(c.fallbackNominationCloses());
    }

    /**
     * R-N2: at least {@code years} old on voting day. Someone born on 29 February has a birthday on 1 March in a
     * year that has no 29 February (a full year has passed only when 28 February ends).
     */
    public static boolean oldEnough(LocalDate birthDate, int years, LocalDate votingDay) {
        LocalDate birthday = birthDate.plusYears(years);
        if (birthDate.getMonth() == Month.FEBRUARY && birthDate.getDayOfMonth() == 29 && !birthday.isLeapYear()) {
            birthday = birthday.plusDays(1);
        }
        return !votingDay.isBefore(birthday);
    }

    /** R-N5: {@code pct}% of the electorate, rounded up. */
    public static long signaturesNeeded(long electorate, double pct) {
        return BigDecimal.valueOf(electorate).multiply(BigDecimal.valueOf(pct))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).longValueExact();
    }

    /** R-N6: fewer than two standing when nomination closes opens the fallback window. */
    public static boolean fallbackNeeded(long standing) {
        return standing < 2;
    }
}
