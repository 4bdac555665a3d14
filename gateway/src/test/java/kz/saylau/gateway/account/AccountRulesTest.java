package kz.saylau.gateway.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kz.saylau.platform.web.ProblemException;

class AccountRulesTest {

    private static ProblemException refused(String user, String password, List<String> roles, Map<String, String> scope) {
        return assertThrows(ProblemException.class, () -> AccountRules.check(user, password, roles, scope));
    }

    @Test
    void aWellFormedAccountPasses() {
        AccountRules.check("tec.burabay-1", "twelve-chars", List.of("tec"), Map.of("district", "D1"));
        AccountRules.check("observer_1", "19 жаңа сайлау!", List.of("observer"), Map.of());
    }

    /** issue 19 #5: the minimum password policy, for a new account as for a change. */
    @Test
    void passwordsMeetTheMinimumPolicy() {
        assertEquals("at least 12 characters", refused("abc", "eleven-char", List.of("observer"), Map.of()).violations().get(0).message());
        // twelve letters that are twelve code points, though more bytes
        AccountRules.check("abc", "сайлаукомиссия", List.of("observer"), Map.of());
        assertEquals("at least 4 different characters", AccountRules.passwordProblem("abababababab", "x").orElseThrow());
        assertEquals("must not contain the username", AccountRules.passwordProblem("tec.burabay-1-2027", "TEC.Burabay-1").orElseThrow());
        assertEquals("is one of the most common leaked passwords", AccountRules.passwordProblem("Password1234", "abc").orElseThrow());
        assertEquals("is one of the most common leaked passwords", AccountRules.passwordProblem("123456789012", "abc").orElseThrow());
        assertEquals("password", refused("abc", "qwertyuiop123", List.of("observer"), Map.of()).violations().get(0).field());
        ProblemException change = assertThrows(ProblemException.class,
                () -> AccountRules.checkChange("operator-7", "operator-7-secret", "newPassword", List.of("observer"), Map.of()));
        assertEquals("newPassword", change.violations().get(0).field());
        AccountRules.checkChange("operator-7", null, "password", List.of("observer"), Map.of());
    }

    @Test
    void usernamePasswordAndRolesFollowApiMd() {
        assertEquals("ACCOUNT_INVALID", refused("Ab", "twelve-chars", List.of("observer"), Map.of()).code());
        assertEquals("ACCOUNT_INVALID", refused("abc", "short", List.of("observer"), Map.of()).code());
        assertEquals("ACCOUNT_INVALID", refused("abc", "twelve-chars", List.of(), Map.of()).code());
        assertEquals("ACCOUNT_INVALID", refused("abc", "twelve-chars", List.of("king"), Map.of()).code());
    }

    @Test
    void eachScopedRoleNeedsItsScope() {
        assertEquals("scope.district", refused("abc", "twelve-chars", List.of("tec"), Map.of()).violations().get(0).field());
        assertEquals("scope.precinct", refused("abc", "twelve-chars", List.of("precinct"), Map.of("district", "D")).violations().get(0).field());
        assertEquals("scope.party", refused("abc", "twelve-chars", List.of("party"), Map.of()).violations().get(0).field());
        assertEquals("scope.district", refused("abc", "twelve-chars", List.of("district-akim"), Map.of()).violations().get(0).field());
        // a trustee holds a share of the keys of its district's elections (issue 16)
        assertEquals("scope.district", refused("abc", "twelve-chars", List.of("trustee"), Map.of()).violations().get(0).field());
    }
}
