package kz.saylau.candidate.nomination;

public enum Gender {
    F, M
}
