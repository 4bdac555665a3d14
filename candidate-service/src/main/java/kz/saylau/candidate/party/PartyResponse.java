package kz.saylau.candidate.party;

/** A party as api.md shows it; also the payload of {@code saylau.party.registered.v1}. */
public record PartyResponse(String code, String name) {

    public static final String TYPE = "saylau.party.registered.v1";
    public static final String TOPIC = "saylau.territory";

    static PartyResponse of(Party party) {
        return new PartyResponse(party.code, party.name);
    }
}
