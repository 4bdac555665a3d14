package kz.saylau.ballot.evoting;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** api.md {@code POST /api/elections/{id}/votes}. */
public record VoteRequest(@NotNull @Size(max = 200) String token, @NotNull UUID optionId) {

    @Override
    public String toString() {
        return "VoteRequest[token hidden]";
    }
}
