package kz.saylau.candidate.election;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A rural akim election. Its unit, district and region are copied when it is called, so the election keeps the
 * territory it was held in (R-T3). Its phase is not stored: it follows from the calendar, the status and the
 * clock (R-C3).
 */
@Entity
@Table(name = "election")
public class Election extends PanacheEntityBase {

    @Id
    public UUID id;

    public String unitCode;

    public String unitName;

    public String districtCode;

    public String regionCode;

    @Enumerated(EnumType.STRING)
    public ElectionKind kind;

    public LocalDate votingDay;

    public LocalDate calledOn;

    public Instant nominationOpens;

    public Instant nominationCloses;

    public Instant fallbackNominationCloses;

    public Instant registrationCloses;

    public Instant campaignCloses;

    public Instant pollsOpen;

    public Instant pollsClose;

    @Enumerated(EnumType.STRING)
    public ElectionStatus status;

    public String failureReason;

    public LocalDate failedOn;

    public String cancellationReason;

    public boolean nominationCloseSettled;

    public boolean registrationCloseSettled;

    /** Why the service called this election itself (R-R5, R-M3), e.g. {@code repeat-of:<id>}; null otherwise. */
    public String cause;

    public String calledBy;

    public Instant createdAt;

    @Version
    public long version;

    public ElectionCalendar calendar() {
        return new ElectionCalendar(calledOn, votingDay, nominationOpens, nominationCloses, fallbackNominationCloses,
                registrationCloses, campaignCloses, pollsOpen, pollsClose);
    }

    public void setCalendar(ElectionCalendar calendar) {
        calledOn = calendar.calledOn();
        votingDay = calendar.votingDay();
        nominationOpens = calendar.nominationOpens();
        nominationCloses = calendar.nominationCloses();
        fallbackNominationCloses = calendar.fallbackNominationCloses();
        registrationCloses = calendar.registrationCloses();
        campaignCloses = calendar.campaignCloses();
        pollsOpen = calendar.pollsOpen();
        pollsClose = calendar.pollsClose();
    }

    public Phase phase(Instant now) {
        return CalendarRules.phase(calendar(), status, now);
    }
}
