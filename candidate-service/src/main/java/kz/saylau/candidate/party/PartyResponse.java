package kz.saylau.candidate.party;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A party as api.md shows it; also the payload of {@code saylau.party.registered.v1} and {@code .changed.v1}.
 * {@code history} (oldest first) is in the answer of {@code GET /api/parties/{code}} only.
 */
public record PartyResponse(String code, String name, boolean suspended,
        @Schema(nullable = true) List<Version> history) {

    public static final String TYPE = "saylau.party.registered.v1";
    public static final String CHANGED = "saylau.party.changed.v1";
    public static final String TOPIC = "saylau.territory";

    /** One version: its name and standing, valid from {@code validFrom} up to {@code validTo} (null: in force). */
    public record Version(String name, boolean suspended, String validFrom, @Schema(nullable = true) String validTo,
            String reason) {
    }

    static PartyResponse of(Party party) {
        return new PartyResponse(party.code, party.name, party.suspended, null);
    }
}
