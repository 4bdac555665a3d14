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
        AccountRules.check("observer_1", "123456789012", List.of("observer"), Map.of());
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
    }
}
