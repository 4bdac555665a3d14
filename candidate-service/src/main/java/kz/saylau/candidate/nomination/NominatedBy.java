package kz.saylau.candidate.nomination;

/** R-N1: the three ways to be nominated. */
public enum NominatedBy {
    PARTY, SELF, DISTRICT_AKIM
}
