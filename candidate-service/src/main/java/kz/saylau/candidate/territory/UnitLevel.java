package kz.saylau.candidate.territory;

/** The three levels of the territory tree (domain.md R-T1). */
public enum UnitLevel {
    REGION, DISTRICT, RURAL
}
