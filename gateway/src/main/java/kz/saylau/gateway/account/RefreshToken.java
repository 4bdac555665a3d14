package kz.saylau.gateway.account;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One refresh token, by the SHA-256 of its value (the value itself is never stored). */
@Entity
@Table(name = "refresh_token")
public class RefreshToken extends PanacheEntityBase {

    @Id
    public String tokenHash;

    public String username;

    /** Every token that descends from one login by rotation. */
    public UUID family;

    public Instant issuedAt;

    public Instant expiresAt;

    /** When it was exchanged for the next one; a second use revokes the family. */
    public Instant usedAt;

    public Instant revokedAt;
}
