package kz.saylau.gateway.platform;

import java.net.URI;
import java.util.List;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Gateway settings (prefix {@code saylau}); simulation mode and the time zone are {@code ServiceSettings}. */
@ConfigMapping(prefix = "saylau")
public interface GatewayConfig {

    Services services();

    Events events();

    interface Events {
        /** Prepended to every topic the audit trail reads; tests use "test." as the services do. */
        java.util.Optional<String> topicPrefix();
    }

    Auth auth();

    Limits limits();

    EdgeCache edgeCache();

    /** The gateway's copy of public reads that their service lets shared caches keep (docs/gateway.md "Edge cache"). */
    interface EdgeCache {
        /** Off: every read crosses to its service, as before a CDN. */
        @WithDefault("true")
        boolean enabled();

        /** All copies together at most (the least used leave first; each leaves anyway when its max-age is up). */
        @WithDefault("64M")
        io.quarkus.runtime.configuration.MemorySize size();

        /** The largest answer kept (an election's result is a few kilobytes). */
        @WithDefault("1M")
        io.quarkus.runtime.configuration.MemorySize largestAnswer();
    }

    /** What the public entry refuses before a service sees it (413, 415). */
    interface Limits {
        /**
         * How many gateways share the public address behind the load balancer. The anonymous limit per address is
         * kept in each gateway's memory (a database round trip per public read would cost more than the limit saves),
         * so each lets an address make this share of it; the login and write buckets are shared in the database.
         */
        @WithDefault("1")
        int gateways();

        /** Largest request body, except protocol images. */
        @WithDefault("4M")
        io.quarkus.runtime.configuration.MemorySize maxBody();

        /** Largest protocol image upload (R-X2: at most 10 MB, plus room for the request around it). */
        @WithDefault("11M")
        io.quarkus.runtime.configuration.MemorySize maxImage();

        /** The body limit of a call: protocol images have their own. */
        default long maxBodyFor(String path) {
            return (path.endsWith("/image") ? maxImage() : maxBody()).asLongValue();
        }

        /** Calls without a valid token, per client address and second (a burst of twice as many is let through). */
        @WithDefault("200")
        long anonymousPerSecond();

        /**
         * Writes (POST, PUT, PATCH, DELETE) per account and second: high enough that a commission loading a whole
         * country in bulk never meets it (api.md: at least 500/s).
         */
        @WithDefault("1000")
        long writesPerSecond();

        Login login();
    }

    /** Password guessing: failed logins are throttled per username and per address, and repeated ones lock the account. */
    interface Login {
        /** Failed logins for one username per {@link #period()} before the next try must wait. */
        @WithDefault("5")
        long failuresPerUsername();

        /** Failed logins from one client address per {@link #period()} (any usernames). */
        @WithDefault("30")
        long failuresPerAddress();

        @WithDefault("1m")
        Duration period();

        /** Failed logins in a row after which an existing account is locked. */
        @WithDefault("10")
        int lockoutAfter();

        /** How long a locked account refuses even the right password. */
        @WithDefault("15m")
        Duration lockoutFor();
    }

    interface Services {
        /** The instances of candidate-service (a comma-separated list; calls are spread over those that answer). */
        List<URI> candidate();

        List<URI> ballot();

        List<URI> results();

        /** How often each instance's readiness is asked, when a service has more than one. */
        @WithDefault("1s")
        Duration healthEvery();

        /** How long a connection to a service may stay idle (an event stream sends a comment every 15 s). */
        @WithDefault("30s")
        Duration timeout();

        /**
         * Connections to one service at most. An open event stream holds one for as long as it is open, so this is
         * above the live streams one gateway holds (election night: thousands of page viewers) plus the calls in flight.
         */
        @WithDefault("5000")
        int connections();

        /** How long a service may take to start answering a call before the client gets 503 UNAVAILABLE. */
        @WithDefault("30s")
        Duration answerTimeout();

        Breaker breaker();

        /**
         * How long one service may take to apply a clock change: it answers only after the deadline work the change
         * made due (R-C4), which for a national wave is thousands of elections.
         */
        @WithDefault("5m")
        Duration clockTimeout();
    }

    /** One circuit breaker per service: a failing service is given a rest instead of every client's wait. */
    interface Breaker {
        /** Calls looked at (a rolling window) before the breaker may open. */
        @WithDefault("20")
        int window();

        /** Share of failed calls (no connection, no answer in time) in the window that opens it. */
        @WithDefault("0.5")
        double failureRatio();

        /** How long it stays open (calls answered 503 at once) before one call is let through to try. */
        @WithDefault("5s")
        Duration pause();
    }

    interface Auth {
        /** The {@code iss} of the tokens the gateway issues; every service checks it. */
        @WithDefault("https://saylau.kz/gateway")
        String issuer();

        /**
         * True (the default): the gateway keeps accounts and issues tokens. False: an external OIDC provider does
         * (docs/security.md); login and account calls then answer 404, and every service verifies the provider's tokens.
         */
        @WithDefault("true")
        boolean embeddedIssuer();

        /**
         * Lifetime of an access token (real time, never the election clock): short, so that a disabled account's
         * tokens end soon on every service (the edge refuses them at once).
         */
        @WithDefault("15m")
        Duration tokenLifetime();

        /** Lifetime of a refresh token: a polling station's day, from setup to the count (issue 19 #5). */
        @WithDefault("24h")
        Duration refreshLifetime();

        /** Password of the seeded {@code cec} account; the prod profile has no default. */
        String adminPassword();
    }
}
