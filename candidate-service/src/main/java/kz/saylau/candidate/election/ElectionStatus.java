package kz.saylau.candidate.election;

/** What is decided about an election, as opposed to its phase, which the clock drives. */
public enum ElectionStatus {
    /** Its phase follows the calendar and the clock. */
    OPEN,
    /** Certified with a winner (from results-service). */
    FINISHED,
    /** Failed at certification (results-service) or for want of candidates (R-N8). */
    FAILED,
    /** Cancelled by the CEC. */
    CANCELLED;

    public boolean open() {
        return this == OPEN;
    }
}
