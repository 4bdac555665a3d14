package kz.saylau.candidate.election;

/** The phase of an election (domain.md R-C3), derived from its calendar, its status and the clock. */
public enum Phase {
    CALLED, NOMINATION, REGISTRATION, CAMPAIGN, SILENCE, VOTING, COUNTING, FINISHED, FAILED, CANCELLED
}
