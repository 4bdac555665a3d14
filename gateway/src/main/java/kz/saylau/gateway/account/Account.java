package kz.saylau.gateway.account;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An account of the embedded token issuer. Only a bcrypt hash of the password is kept. */
@Entity
@Table(name = "account")
public class Account extends PanacheEntityBase {

    @Id
    public String username;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    /** Role ids, comma-separated (a handful at most). */
    @Column(nullable = false)
    public String roles;

    @Column(name = "scope_region")
    public String scopeRegion;

    @Column(name = "scope_district")
    public String scopeDistrict;

    @Column(name = "scope_precinct")
    public String scopePrecinct;

    @Column(name = "scope_party")
    public String scopeParty;

    @Column(nullable = false)
    public boolean enabled;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Failed logins in a row since the last success or lockout. */
    @Column(name = "failed_logins", nullable = false)
    public int failedLogins;

    /** Until when the account refuses logins after repeated failures (real time). */
    @Column(name = "locked_until")
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
