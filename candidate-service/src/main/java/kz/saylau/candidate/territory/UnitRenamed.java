package kz.saylau.candidate.territory;

/**
 * A unit got a new name (Kazakh or Russian), fired inside the transaction that renamed it: the elections whose voting
 * day has not ended take the new name (R-T3, "as they were on their voting day"); decided ones keep theirs.
 */
public record UnitRenamed(String code) {
}
