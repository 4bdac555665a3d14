package kz.saylau.candidate.election;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "unit_name", nullable = false)
    public String unitName;

    @Column(name = "district_code", nullable = false)
    public String districtCode;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ElectionKind kind;

    @Column(name = "voting_day", nullable = false)
    public LocalDate votingDay;

    @Column(name = "called_on", nullable = false)
    public LocalDate calledOn;

    @Column(name = "nomination_opens", nullable = false)
    public Instant nominationOpens;

    @Column(name = "nomination_closes", nullable = false)
    public Instant nominationCloses;

    @Column(name = "fallback_nomination_closes")
    public Instant fallbackNominationCloses;

    @Column(name = "registration_closes", nullable = false)
    public Instant registrationCloses;

    @Column(name = "campaign_closes", nullable = false)
    public Instant campaignCloses;

    @Column(name = "polls_open", nullable = false)
    public Instant pollsOpen;

    @Column(name = "polls_close", nullable = false)
    public Instant pollsClose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ElectionStatus status;

    @Column(name = "failure_reason")
    public String failureReason;

    @Column(name = "failed_on")
    public LocalDate failedOn;

    @Column(name = "cancellation_reason")
    public String cancellationReason;

    @Column(name = "nomination_close_settled", nullable = false)
    public boolean nominationCloseSettled;

    @Column(name = "registration_close_settled", nullable = false)
    public boolean registrationCloseSettled;

    /** Why the service called this election itself (R-R5, R-M3), e.g. {@code repeat-of:<id>}; null otherwise. */
    public String cause;

    @Column(name = "called_by", nullable = false)
    public String calledBy;

    @Column(name = "created_at", nullable = false)
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
