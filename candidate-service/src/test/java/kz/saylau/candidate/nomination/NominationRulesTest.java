package kz.saylau.candidate.nomination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import kz.saylau.candidate.election.CalendarRules;
import kz.saylau.candidate.election.DefaultSettings;
import kz.saylau.candidate.election.ElectionCalendar;
import kz.saylau.candidate.election.FallbackMode;
import kz.saylau.platform.web.ProblemException;

class NominationRulesTest {

    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    static final LocalDate VOTING = LocalDate.of(2027, 2, 14);
    static final LocalDate BORN = LocalDate.of(1987, 6, 15);
    final CalendarRules rules = new CalendarRules(DefaultSettings.calendar(), ALMATY);
    final ElectionCalendar calendar = rules.compute(LocalDate.of(2027, 1, 5), VOTING);
    final ElectionCalendar withFallback = rules.openFallback(calendar, 5, 2);
    final Instant inNomination = calendar.nominationOpens().plusSeconds(3600);
    final Instant inFallback = calendar.nominationCloses().plusSeconds(3600);

    static NominationRequest party(String iin, LocalDate born, Gender gender, String partyCode) {
        return new NominationRequest(iin, "Тоқаев", "Ерлан", null, null, born, gender, NominatedBy.PARTY, partyCode, null, null);
    }

    static NominationRequest of(NominatedBy by, String partyCode, Integer signatures) {
        return new NominationRequest(iin(BORN, Gender.M, 1), "Әбенова", "Гүлнар", null, null, BORN, Gender.M, by, partyCode,
                signatures, null);
    }

    NominationRules.Facts facts(ElectionCalendar c, Instant now) {
        return new NominationRules.Facts(c, now, FallbackMode.DISTRICT_AKIM, 25, 1.0, 3000, java.util.List.of());
    }

    static String code(Runnable check) {
        return assertThrows(ProblemException.class, check::run).code();
    }

    @Test
    void aValidPartyNominationPasses() {
        NominationRules.check(party(iin(BORN, Gender.M, 101), BORN, Gender.M, "P1"), facts(calendar, inNomination));
        assertTrue(NominationRules.nominationWindowOpen(calendar, inNomination));
    }

    @Test
    void R_N5_nominationOnlyInsideItsHalfOpenWindow() {
        NominationRequest n = party(iin(BORN, Gender.M, 101), BORN, Gender.M, "P1");
        assertEquals("NOMINATION_CLOSED", code(() -> NominationRules.check(n, facts(calendar, calendar.nominationOpens().minusSeconds(1)))));
        NominationRules.check(n, facts(calendar, calendar.nominationOpens()));
        assertEquals("NOMINATION_CLOSED", code(() -> NominationRules.check(n, facts(calendar, calendar.nominationCloses()))));
    }

    @Test
    void R_I1_invalidIinIsRefused() {
        assertEquals("IIN_INVALID", code(() -> NominationRules.check(party("900101300018", LocalDate.of(1990, 1, 1), Gender.M, "P1"),
                facts(calendar, inNomination))));
    }

    @Test
    void R_N3_birthDateOrGenderDisagreeingWithTheIinIsAMismatch() {
        assertEquals("IIN_MISMATCH", code(() -> NominationRules.check(party(iin(BORN, Gender.F, 5), BORN, Gender.M, "P1"),
                facts(calendar, inNomination))));
        assertEquals("IIN_MISMATCH", code(() -> NominationRules.check(party(iin(BORN, Gender.M, 5), BORN.plusDays(1), Gender.M, "P1"),
                facts(calendar, inNomination))));
    }

    @Test
    void R_N2_twentyFiveOnVotingDayExactly() {
        LocalDate justOld = VOTING.minusYears(25);
        NominationRules.check(party(iin(justOld, Gender.M, 7), justOld, Gender.M, "P1"), facts(calendar, inNomination));
        LocalDate oneDayShort = justOld.plusDays(1);
        assertEquals("CANDIDATE_UNDER_AGE", code(() -> NominationRules.check(
                party(iin(oneDayShort, Gender.M, 7), oneDayShort, Gender.M, "P1"), facts(calendar, inNomination))));
    }

    @Test
    void R_N2_bornOn29FebruaryIs25On1MarchOfANonLeapYear() {
        LocalDate leapBorn = LocalDate.of(2004, 2, 29);
        assertFalse(NominationRules.oldEnough(leapBorn, 25, LocalDate.of(2029, 2, 28)));
        assertTrue(NominationRules.oldEnough(leapBorn, 25, LocalDate.of(2029, 3, 1)));
        assertTrue(NominationRules.oldEnough(LocalDate.of(2003, 2, 28), 25, LocalDate.of(2028, 2, 28)));
        assertTrue(NominationRules.oldEnough(LocalDate.of(2000, 2, 29), 28, LocalDate.of(2028, 2, 29)));
    }

    @Test
    void R_N4_partyCodeRequiredForPartyAndRefusedForOtherKinds() {
        assertEquals("PARTY_REQUIRED", code(() -> NominationRules.check(of(NominatedBy.PARTY, null, null), facts(calendar, inNomination))));
        assertEquals("PARTY_NOT_ALLOWED", code(() -> NominationRules.check(of(NominatedBy.SELF, "P1", 100), facts(calendar, inNomination))));
        assertEquals("PARTY_NOT_ALLOWED", code(() -> NominationRules.check(of(NominatedBy.DISTRICT_AKIM, "P1", null), facts(withFallback, inFallback))));
    }

    /** R-N4 from the election's candidates as they stand, not from a yes/no handed in. */
    @Test
    void R_N4_onePartyCandidatePerElection() {
        NominationRequest p1 = of(NominatedBy.PARTY, "P1", null);
        java.util.function.Function<java.util.List<NominationRules.Standing>, NominationRules.Facts> with = standing ->
                new NominationRules.Facts(calendar, inNomination, FallbackMode.DISTRICT_AKIM, 25, 1.0, 3000, standing);
        // P1's candidate, nominated or registered, holds P1's place
        for (CandidateStatus holding : java.util.List.of(CandidateStatus.NOMINATED, CandidateStatus.REGISTERED)) {
            assertEquals("PARTY_ALREADY_NOMINATED", code(() -> NominationRules.check(p1,
                    with.apply(java.util.List.of(new NominationRules.Standing(NominatedBy.PARTY, "P1", holding))))));
        }
        // another party's candidate, a self-nominated one, or P1's candidate who left the race do not
        for (CandidateStatus gone : CandidateStatus.values()) {
            if (gone != CandidateStatus.NOMINATED && gone != CandidateStatus.REGISTERED) {
                NominationRules.check(p1, with.apply(java.util.List.of(new NominationRules.Standing(NominatedBy.PARTY, "P1", gone))));
            }
        }
        NominationRules.check(p1, with.apply(java.util.List.of(
                new NominationRules.Standing(NominatedBy.PARTY, "P2", CandidateStatus.REGISTERED),
                new NominationRules.Standing(NominatedBy.SELF, null, CandidateStatus.REGISTERED),
                new NominationRules.Standing(NominatedBy.DISTRICT_AKIM, null, CandidateStatus.NOMINATED))));
    }

    @Test
    void R_N5_selfNominationNeedsOnePercentOfTheElectorateRoundedUp() {
        assertEquals(30, NominationRules.signaturesNeeded(3000, 1.0));
        assertEquals(31, NominationRules.signaturesNeeded(3001, 1.0));
        assertEquals(0, NominationRules.signaturesNeeded(0, 1.0));
        assertEquals(8, NominationRules.signaturesNeeded(1001, 0.7)); // 7.007 → 8
        assertEquals("SIGNATURES_TOO_FEW", code(() -> NominationRules.check(of(NominatedBy.SELF, null, 29), facts(calendar, inNomination))));
        NominationRules.check(of(NominatedBy.SELF, null, 30), facts(calendar, inNomination));
    }

    @Test
    void R_N6_fallbackOpensWhenFewerThanTwo() {
        assertTrue(NominationRules.fallbackNeeded(0));
        assertTrue(NominationRules.fallbackNeeded(1));
        assertFalse(NominationRules.fallbackNeeded(2));
    }

    @Test
    void R_N6_districtAkimNominatesOnlyInAnOpenFallbackWindow() {
        NominationRequest akim = of(NominatedBy.DISTRICT_AKIM, null, null);
        assertEquals("FALLBACK_NOMINATION_NOT_ALLOWED", code(() -> NominationRules.check(akim, facts(calendar, inNomination))));
        assertEquals("FALLBACK_NOMINATION_NOT_ALLOWED", code(() -> NominationRules.check(akim, facts(calendar, inFallback))));
        NominationRules.check(akim, facts(withFallback, inFallback));
        assertEquals("FALLBACK_NOMINATION_NOT_ALLOWED", code(() -> NominationRules.check(akim,
                facts(withFallback, withFallback.fallbackNominationCloses()))));
        // in the district-akim mode the window is the akim's alone
        assertEquals("NOMINATION_CLOSED", code(() -> NominationRules.check(of(NominatedBy.SELF, null, 40), facts(withFallback, inFallback))));
    }

    @Test
    void R_N6_extensionModeReopensNominationForEveryKind() {
        var extension = new NominationRules.Facts(withFallback, inFallback, FallbackMode.EXTENSION, 25, 1.0, 3000, java.util.List.of());
        NominationRules.check(of(NominatedBy.SELF, null, 40), extension);
        NominationRules.check(party(iin(BORN, Gender.M, 9), BORN, Gender.M, "P2"), extension);
        NominationRules.check(of(NominatedBy.DISTRICT_AKIM, null, null), extension);
    }

    @Test
    void brokenRulesAreReportedInApiMdOrder() {
        // under age, no party, too few signatures are all broken at once: the first in api.md's list wins
        LocalDate young = VOTING.minusYears(20);
        NominationRequest many = new NominationRequest(iin(young, Gender.M, 3), "А", "Б", null, null, young, Gender.F,
                NominatedBy.PARTY, null, null, null);
        assertEquals("IIN_MISMATCH", code(() -> NominationRules.check(many, facts(calendar, inNomination))));
        assertEquals("NOMINATION_CLOSED", code(() -> NominationRules.check(many, facts(calendar, inFallback))));
        NominationRequest youngNoParty = new NominationRequest(iin(young, Gender.M, 3), "А", "Б", null, null, young, Gender.M,
                NominatedBy.PARTY, null, null, null);
        assertEquals("CANDIDATE_UNDER_AGE", code(() -> NominationRules.check(youngNoParty, facts(calendar, inNomination))));
    }

    /** A valid IIN (same construction as the acceptance client's). */
    static String iin(LocalDate born, Gender gender, int serial) {
        return kz.saylau.platform.testing.Iins.valid(born, gender == Gender.M, serial);
    }
}
