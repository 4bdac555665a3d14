package kz.saylau.ballot.station;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The public key of a polling station's device: the one whose signatures its precinct's submissions carry. */
@Entity
@Table(name = "device_key")
public class DeviceKey extends PanacheEntityBase {

    @Id
    public String precinctCode;

    /** X.509 SubjectPublicKeyInfo of the Ed25519 key. */
    public byte[] publicKey;

    public Instant registeredAt;

    public String registeredBy;
}
