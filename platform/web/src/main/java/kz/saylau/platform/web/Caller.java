package kz.saylau.platform.web;

import java.util.Optional;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;

/**
 * Who calls, from the JWT this service verified itself (never from a header the gateway set).
 * Roles come from the {@code groups} claim; scopes from the {@code region}, {@code district}, {@code precinct}
 * and {@code party} claims (api.md "Authentication and roles"). A cec user may act anywhere.
 */
@RequestScoped
public class Caller {

    public static final String CEC = "cec";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean has(String role) {
        return !identity.isAnonymous() && identity.hasRole(role);
    }

    public java.util.Set<String> roles() {
        return identity.getRoles();
    }

    public boolean isCec() {
        return has(CEC);
    }

    public Optional<String> scope(String claim) {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        Object value = jwt.getClaim(claim);
        if (value instanceof JsonString s) {
            return Optional.of(s.getString());
        }
        return Optional.ofNullable(value).map(Object::toString).filter(s -> !s.isBlank());
    }

    /** True when the caller is cec, or holds {@code role} with {@code claim} equal to {@code code}. */
    public boolean actsFor(String role, String claim, String code) {
        return isCec() || (has(role) && code != null && scope(claim).filter(code::equals).isPresent());
    }

    /** 403 unless {@link #actsFor}. */
    public void requireScope(String role, String claim, String code) {
        if (!actsFor(role, claim, code)) {
            throw ProblemException.forbidden("a " + role + " may act only inside its own " + claim);
        }
    }
}
