package kz.saylau.candidate.election;

/** R-N6 {@code fallback-mode}: who may nominate in the window that opens when fewer than two stand. */
public enum FallbackMode {
    /** The district akim nominates (at least two); only DISTRICT_AKIM nominations are accepted (2021 text). */
    DISTRICT_AKIM,
    /** Nomination reopens for every kind. */
    EXTENSION
}
