package kz.saylau.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Production refuses the repository's dev secrets, a missing secret and the .env.example placeholders. */
class SecretsCheckTest {

    @Test
    void aRealSecretPasses() {
        assertNull(SecretsCheck.refused(Map.of("quarkus.datasource.password", Optional.of("u8#kQ2!vZr"),
                "saylau.voter-key", Optional.of("9f2c6d0e7a1b"))));
    }

    @Test
    void eachDevDefaultOfTheRepositoryIsRefusedNamingItsVariable() {
        assertEquals("set SAYLAU_DB_PASSWORD: quarkus.datasource.password is a dev default or a placeholder, which"
                + " production refuses (docs/security.md)",
                SecretsCheck.refused(Map.of("quarkus.datasource.password", Optional.of("saylau-dev-password"))));
        assertEquals("set SAYLAU_PERSON_KEY", firstWords(Map.of("saylau.person-key", Optional.of("dev-only-person-key-not-secret"))));
        assertEquals("set SAYLAU_VOTER_KEY", firstWords(Map.of("saylau.voter-key", Optional.of("dev-only-voter-key-not-secret"))));
        assertEquals("set SAYLAU_ADMIN_PASSWORD", firstWords(Map.of("saylau.auth.admin-password", Optional.of("cec-dev-password"))));
    }

    @Test
    void aMissingSecretOrAPlaceholderIsRefused() {
        assertEquals("set SAYLAU_VOTER_KEY: saylau.voter-key has no value (docs/security.md)",
                SecretsCheck.refused(Map.of("saylau.voter-key", Optional.empty())));
        assertEquals("set SAYLAU_DB_PASSWORD", firstWords(Map.of("quarkus.datasource.password", Optional.of("  "))));
        assertEquals("set SAYLAU_DB_PASSWORD", firstWords(Map.of("quarkus.datasource.password", Optional.of("change-me-db-password"))));
    }

    @Test
    void theFirstRefusedSecretIsTheOneNamed() {
        Map<String, Optional<String>> values = new LinkedHashMap<>();
        values.put("quarkus.datasource.password", Optional.of("a real one"));
        values.put("saylau.person-key", Optional.of("dev-only-person-key-not-secret"));
        assertEquals("set SAYLAU_PERSON_KEY", firstWords(values));
    }

    private static String firstWords(Map<String, Optional<String>> values) {
        String line = SecretsCheck.refused(values);
        return line == null ? null : line.substring(0, line.indexOf(':'));
    }
}
