package kz.saylau.gateway.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import kz.saylau.platform.web.ProblemException;
import kz.saylau.platform.web.ProblemException.Violation;

/** Account rules of api.md "Authentication and roles"; pure, unit-tested without Quarkus. */
public final class AccountRules {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    public static final int MIN_PASSWORD = 12;

    private AccountRules() {
    }

    /** 422 ACCOUNT_INVALID naming every broken rule. */
    public static void check(String username, String password, List<String> roles, Map<String, String> scope) {
        List<Violation> violations = new ArrayList<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            violations.add(new Violation("username", "3 to 64 of a-z 0-9 . _ -"));
        }
        passwordProblem(password, username).ifPresent(problem -> violations.add(new Violation("password", problem)));
        checkRolesAndScope(roles, scope, violations);
        refuseIfAny(violations);
    }

    /** A change of an existing account: a new password (if any) and the roles and scope it will have. */
    public static void checkChange(String username, String password, String passwordField, List<String> roles,
            Map<String, String> scope) {
        List<Violation> violations = new ArrayList<>();
        if (password != null) {
            passwordProblem(password, username).ifPresent(problem -> violations.add(new Violation(passwordField, problem)));
        }
        checkRolesAndScope(roles, scope, violations);
        refuseIfAny(violations);
    }

    /**
     * The minimum password policy (after NIST SP 800-63B 3.1.1.2: length over composition rules): at least 12
     * characters; not one character repeated; not containing the username; not one of the commonly leaked passwords.
     */
    public static Optional<String> passwordProblem(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD) {
            return Optional.of("at least " + MIN_PASSWORD + " characters");
        }
        String lower = password.toLowerCase(java.util.Locale.ROOT);
        if (lower.codePoints().distinct().count() < 4) {
            return Optional.of("at least 4 different characters");
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(java.util.Locale.ROOT))) {
            return Optional.of("must not contain the username");
        }
        if (CommonPasswords.LIST.contains(lower)) {
            return Optional.of("is one of the most common leaked passwords");
        }
        return Optional.empty();
    }

    /** Read once, on first use. */
    private static final class CommonPasswords {
        static final java.util.Set<String> LIST = read();

        private static java.util.Set<String> read() {
            try (var in = AccountRules.class.getResourceAsStream("common-passwords.txt")) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .map(l -> l.toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
            } catch (java.io.IOException | NullPointerException e) {
                throw new IllegalStateException("common-passwords.txt is missing from the gateway", e);
            }
        }
    }

    private static void checkRolesAndScope(List<String> roles, Map<String, String> scope, List<Violation> violations) {
        if (roles == null || roles.isEmpty()) {
            violations.add(new Violation("roles", "at least one role"));
        } else {
            for (String id : roles) {
                Optional<Role> role = Role.of(id);
                if (role.isEmpty()) {
                    violations.add(new Violation("roles", "unknown role " + id));
                } else if (role.get().scopeClaim != null) {
                    String code = scope == null ? null : scope.get(role.get().scopeClaim);
                    if (code == null || !CODE.matcher(code).matches()) {
                        violations.add(new Violation("scope." + role.get().scopeClaim, "role " + id + " needs a "
                                + role.get().scopeClaim + " code"));
                    }
                }
            }
        }
        if (scope != null) {
            scope.forEach((claim, code) -> {
                if (!List.of("region", "district", "precinct", "party").contains(claim)) {
                    violations.add(new Violation("scope." + claim, "unknown scope"));
                }
            });
        }
    }

    private static void refuseIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ProblemException(422, "ACCOUNT_INVALID", "the account does not meet the account rules", violations);
        }
    }
}
