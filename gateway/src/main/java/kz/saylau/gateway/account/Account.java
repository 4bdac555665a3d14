package kz.saylau.gateway.account;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An account of the embedded token issuer. Only a bcrypt hash of the password is kept. */
@Entity
@Table(name = "account")
public class Account extends PanacheEntityBase {

    @Id
    public String username;

    public String passwordHash;

    /** Role ids, comma-separated (a handful at most). */
    public String roles;

    public String scopeRegion;

    public String scopeDistrict;

    public String scopePrecinct;

    public String scopeParty;

    public boolean enabled;

    public Instant createdAt;

    /** Failed logins in a row since the last success or lockout. */
    public int failedLogins;

    /** Until when the account refuses logins after repeated failures (real time). */
    public Instant lockedUntil;

    public java.util.List<String> roleList() {
        return java.util.List.of(roles.split(","));
    }

    public java.util.Map<String, String> scope() {
        var scope = new java.util.LinkedHashMap<String, String>();
        if (scopeRegion != null) {
            scope.put("region", scopeRegion);
        }
        if (scopeDistrict != null) {
            scope.put("district", scopeDistrict);
        }
        if (scopePrecinct != null) {
            scope.put("precinct", scopePrecinct);
        }
        if (scopeParty != null) {
            scope.put("party", scopeParty);
        }
        return scope;
    }
}
