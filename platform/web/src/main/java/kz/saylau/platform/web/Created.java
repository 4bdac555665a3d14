package kz.saylau.platform.web;

import java.net.URI;
import java.util.List;
import java.util.function.Function;

import jakarta.ws.rs.core.Response;

/** The answer to a call that creates one object or an array of them (api.md: units, precincts). */
public final class Created {

    private Created() {
    }

    /**
     * 201 with the created array when an array was sent; 201 with the one object and its {@code Location}
     * ({@code collection/<key>}) when one object was sent.
     */
    public static <T> Response oneOrMany(List<T> created, boolean array, String collection, Function<T, String> key) {
        if (array) {
            return Response.status(201).entity(created).build();
        }
        T one = created.get(0);
        return Response.created(URI.create(collection + "/" + key.apply(one))).entity(one).build();
    }
}
