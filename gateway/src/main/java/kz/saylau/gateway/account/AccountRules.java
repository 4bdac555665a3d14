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
        if (password == null || password.length() < MIN_PASSWORD) {
            violations.add(new Violation("password", "at least " + MIN_PASSWORD + " characters"));
        }
        checkRolesAndScope(roles, scope, violations);
        refuseIfAny(violations);
    }

    /** A change of an existing account: a new password (if any) and the roles and scope it will have. */
    public static void checkChange(String password, List<String> roles, Map<String, String> scope) {
        List<Violation> violations = new ArrayList<>();
        if (password != null && password.length() < MIN_PASSWORD) {
            violations.add(new Violation("password", "at least " + MIN_PASSWORD + " characters"));
        }
        checkRolesAndScope(roles, scope, violations);
        refuseIfAny(violations);
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
