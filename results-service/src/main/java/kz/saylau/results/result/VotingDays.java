package kz.saylau.results.result;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import kz.saylau.platform.web.ProblemException;

/** A {@code votingDay} query parameter: one day ({@code 2026-12-06}) or a range ({@code 2026-01-01..2026-12-31}). */
public record VotingDays(LocalDate from, LocalDate to) {

    public static VotingDays parse(String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw ProblemException.invalid("votingDay", "is required (a date, or a range from..to)");
            }
            return new VotingDays(LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31));
        }
        try {
            String[] parts = value.split("\\.\\.", -1);
            if (parts.length > 2) {
                throw ProblemException.invalid("votingDay", "a date, or a range from..to");
            }
            LocalDate from = LocalDate.parse(parts[0].trim());
            LocalDate to = parts.length == 2 ? LocalDate.parse(parts[1].trim()) : from;
            if (to.isBefore(from)) {
                throw ProblemException.invalid("votingDay", "the range ends before it starts");
            }
            return new VotingDays(from, to);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("votingDay", "a date (yyyy-MM-dd), or a range from..to");
        }
    }
}
