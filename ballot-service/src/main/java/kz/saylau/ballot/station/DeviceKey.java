package kz.saylau.ballot.station;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The public key of a polling station's device: the one whose signatures its precinct's submissions carry. */
@Entity
@Table(name = "device_key")
public class DeviceKey extends PanacheEntityBase {

    @Id
    @Column(name = "precinct_code")
    public String precinctCode;

    /** X.509 SubjectPublicKeyInfo of the Ed25519 key. */
    @Column(name = "public_key", nullable = false)
    public byte[] publicKey;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Column(name = "registered_by", nullable = false)
    public String registeredBy;
}
