package kz.saylau.gateway.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import kz.saylau.platform.web.ListPage;
import org.jboss.resteasy.reactive.RestResponse;
import jakarta.ws.rs.BeanParam;
import kz.saylau.platform.web.Problems;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.saylau.platform.web.Caller;

/** Login, accounts and "who am I" (api.md "Authentication and roles"). */
@Path("/api/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD })
public class AuthResource {

    public record Credentials(@NotNull @Size(max = 64) String username, @NotNull @Size(max = 1024) String password) {
    }

    public record NewAccount(String username, @Size(max = 1024) String password, List<String> roles,
            Map<String, String> scope) {
    }

    /** What the CEC may change of an account; each part is optional, and what is absent stays as it is. */
    public record AccountChange(Boolean enabled, @Size(max = 1024) String password, List<String> roles,
            Map<String, String> scope) {
    }

    /** An account holder changes their own password, with the one they have now. */
    public record PasswordChange(@NotNull @Size(max = 1024) String oldPassword, @NotNull @Size(max = 1024) String newPassword) {
    }

    /** RFC 6749 6 and RFC 7009: the refresh token to exchange or to revoke. */
    public record Refresh(@NotNull @Size(max = 200) String refresh_token) {
    }

    public record Me(String username, List<String> roles, Map<String, String> scope) {
    }

    @Inject
    AccountService accounts;

    @Inject
    Caller caller;

    @Inject
    kz.saylau.gateway.platform.GatewayConfig config;

    /** With an external OIDC provider the accounts and logins are the provider's, not the gateway's. */
    private void embeddedOnly() {
        if (!config.auth().embeddedIssuer()) {
            throw new kz.saylau.platform.web.ProblemException(404, "NOT_FOUND",
                    "accounts and logins are kept by the external identity provider");
        }
    }

    @Problems({ "401 UNAUTHENTICATED" })
    @POST
    @Path("/token")
    public AccountService.TokenAnswer token(@Valid @NotNull Credentials credentials, @Context HttpServerRequest request) {
        embeddedOnly();
        return accounts.login(credentials.username(), credentials.password(),
                kz.saylau.gateway.protection.EdgeRateLimits.address(request),
                request.getHeader(kz.saylau.platform.web.RequestIds.HEADER));
    }

    /** A new access token and a new refresh token for a refresh token, which is used up (rotation). */
    @Problems({ "401 UNAUTHENTICATED" })
    @POST
    @Path("/refresh")
    public AccountService.TokenAnswer refresh(@Valid @NotNull Refresh refresh, @Context HttpServerRequest request) {
        embeddedOnly();
        return accounts.refresh(refresh.refresh_token(), kz.saylau.gateway.protection.EdgeRateLimits.address(request),
                request.getHeader(kz.saylau.platform.web.RequestIds.HEADER));
    }

    /** Logout: the refresh token and every token rotated from the same login are revoked; an unknown one is no error. */
    @POST
    @Path("/revocation")
    @APIResponse(responseCode = "204", description = "revoked (or not known)")
    public Response revoke(@Valid @NotNull Refresh refresh) {
        embeddedOnly();
        accounts.revoke(refresh.refresh_token());
        return Response.noContent().build();
    }

    @GET
    @Path("/accounts")
    @RolesAllowed("cec")
    public RestResponse<List<AccountService.AccountView>> list(@Valid @BeanParam ListPage page) {
        embeddedOnly();
        return accounts.list(page).response();
    }

    @GET
    @Path("/accounts/{username}")
    @RolesAllowed("cec")
    public AccountService.AccountView get(@PathParam("username") String username) {
        embeddedOnly();
        return accounts.get(username);
    }

    /**
     * {@code enabled: false} disables an account, {@code true} enables it again (and lifts a lockout); {@code password}
     * resets its password; {@code roles} and {@code scope} replace its roles and scope (checked as at creation). The
     * audit trail names the CEC account that did it.
     */
    @Problems({ "422 ACCOUNT_INVALID", "409 ACCOUNT_SELF" })
    @PATCH
    @Path("/accounts/{username}")
    @RolesAllowed("cec")
    public AccountService.AccountView change(@PathParam("username") String username, @Valid @NotNull AccountChange change) {
        embeddedOnly();
        return accounts.change(username, change, caller.name());
    }

    @Problems({ "422 PASSWORD_WRONG", "422 ACCOUNT_INVALID" })
    @PUT
    @Path("/me/password")
    @RolesAllowed("**")
    public AccountService.AccountView changePassword(@Valid @NotNull PasswordChange change) {
        embeddedOnly();
        return accounts.changePassword(caller.name(), change.oldPassword(), change.newPassword());
    }

    @Problems({ "422 ACCOUNT_INVALID", "409 ACCOUNT_EXISTS" })
    @POST
    @Path("/accounts")
    @RolesAllowed("cec")
    @APIResponse(responseCode = "201", description = "the new account", content = @Content(mediaType = "application/json", schema = @Schema(implementation = AccountService.AccountView.class)))
    public Response create(@Valid @NotNull NewAccount account) {
        embeddedOnly();
        AccountService.AccountView created = accounts.create(account.username(), account.password(), account.roles(),
                account.scope());
        return Response.created(URI.create("/api/auth/accounts/" + created.username())).entity(created).build();
    }

    @Inject
    StationEnrollment stations;

    /**
     * A station device enrolled in one call: its Ed25519 key registered in ballot-service (with the caller's token:
     * the TEC of the precinct's district, or the CEC), then its account made and signed in.
     */
    @Problems({ "404 NOT_FOUND" })
    @POST
    @Path("/devices")
    @RolesAllowed({ "cec", "tec" })
    @APIResponse(responseCode = "201", description = "the device's account, its registered key and its first tokens", content = @Content(mediaType = "application/json", schema = @Schema(implementation = AccountService.StationDevice.class)))
    public Response enrollDevice(@Valid @NotNull StationEnrollment.Enrolment enrolment,
            @jakarta.ws.rs.HeaderParam(jakarta.ws.rs.core.HttpHeaders.AUTHORIZATION) String authorization) {
        embeddedOnly();
        return stations.enroll(enrolment, authorization);
    }

    @GET
    @Path("/me")
    @RolesAllowed("**")
    public Me me() {
        Map<String, String> scope = new java.util.LinkedHashMap<>();
        for (String claim : List.of("region", "district", "precinct", "party")) {
            caller.scope(claim).ifPresent(code -> scope.put(claim, code));
        }
        return new Me(caller.name(), List.copyOf(caller.roles()), scope);
    }
}
