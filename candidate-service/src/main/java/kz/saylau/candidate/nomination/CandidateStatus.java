package kz.saylau.candidate.nomination;

public enum CandidateStatus {
    NOMINATED, REGISTERED, REFUSED, WITHDRAWN, DEREGISTERED;

    /** Stands in the election: counts for R-N6 and R-N4. */
    public boolean standing() {
        return this == NOMINATED || this == REGISTERED;
    }
}
