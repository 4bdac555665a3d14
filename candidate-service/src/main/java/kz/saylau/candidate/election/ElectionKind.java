package kz.saylau.candidate.election;

public enum ElectionKind {
    REGULAR, BY_ELECTION, REPEAT
}
