package kz.saylau.candidate.election;

import kz.saylau.platform.web.Where;
import kz.saylau.platform.web.PageOf;
import kz.saylau.platform.web.ListPage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jboss.logging.Logger;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import kz.saylau.platform.web.Caller;
import kz.saylau.platform.clock.ElectionClock;
import kz.saylau.platform.web.ProblemException;
import kz.saylau.platform.web.ServiceSettings;
import kz.saylau.platform.messaging.Outbox;
import kz.saylau.candidate.territory.Unit;
import kz.saylau.candidate.territory.UnitLevel;

/** Calls, reads, cancels and closes elections; every change is announced through the outbox. */
@ApplicationScoped
public class ElectionService {

    private static final Logger LOG = Logger.getLogger(ElectionService.class);

    @Inject
    ElectionClock clock;

    @Inject
    ElectionSettings settings;

    @Inject
    ServiceSettings config;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Inject
    kz.saylau.platform.web.RequestLanguage languages;

    public CalendarRules calendarRules() {
        return new CalendarRules(settings.calendar(), config.timeZone());
    }

    /** A TEC (or the CEC) calls an election: 404, then R-T1, R-C1, then R-C2 (api.md order). */
    @Transactional
    public ElectionResponse call(ElectionRequest request, Caller caller) {
        // the unit's row lock makes concurrent calls for one unit take turns (R-C2)
        Unit unit = em.find(Unit.class, request.unitCode(), LockModeType.PESSIMISTIC_WRITE);
        if (unit == null) {
            throw ProblemException.notFound("unit " + request.unitCode());
        }
        caller.requireScope("tec", "district", unit.districtCode);
        if (unit.level != UnitLevel.RURAL) {
            throw ProblemException.rule("ELECTION_UNIT_NOT_RURAL", "R-T1",
                    "a rural akim election is held only for a RURAL unit; " + unit.code + " is a " + unit.level);
        }
        kz.saylau.candidate.territory.UnitRules.requireOpen(unit.code, unit.closedAt, null);
        ElectionCalendar calendar = calendarRules().compute(today(), request.votingDay());
        if (openElection(unit.code).isPresent()) {
            throw ProblemException.conflict("ELECTION_ALREADY_CALLED",
                    "R-C2: an open election exists for unit " + unit.code);
        }
        Election election = create(unit, request.kind(), calendar, caller.name(), null);
        return ElectionResponse.of(election, clock.instant(), config.timeZone(), languages.current());
    }

    /**
     * R-R5 and R-M3: the service calls a REPEAT or BY_ELECTION itself, voting day the first Sunday at least
     * {@code days} after {@code from}. Nothing happens if this cause was handled before or an election for the unit
     * is open (R-M3: never two open elections for one unit).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Election> callFollowUp(String unitCode, ElectionKind kind, LocalDate from, int days, String cause) {
        Unit unit = em.find(Unit.class, unitCode, LockModeType.PESSIMISTIC_WRITE);
        if (unit == null || unit.level != UnitLevel.RURAL) {
            throw new IllegalArgumentException("unit " + unitCode + " is not a known RURAL unit");
        }
        if (Election.count("cause", cause) > 0) {
            return Optional.empty();
        }
        Optional<Election> open = openElection(unitCode);
        if (open.isPresent()) {
            LOG.infof("no %s for unit %s (%s): election %s is still open", kind, unitCode, cause, open.get().id);
            return Optional.empty();
        }
        LocalDate today = today();
        LocalDate votingDay = calendarRules().followUpVotingDay(from, days, today);
        return Optional.of(create(unit, kind, calendarRules().compute(today, votingDay), "candidate-service", cause));
    }

    private Election create(Unit unit, ElectionKind kind, ElectionCalendar calendar, String calledBy, String cause) {
        Election election = new Election();
        election.id = UUID.randomUUID();
        election.unitCode = unit.code;
        election.unitName = unit.name;
        election.districtCode = unit.districtCode;
        election.regionCode = unit.regionCode;
        election.kind = kind;
        election.setCalendar(calendar);
        election.status = ElectionStatus.OPEN;
        election.cause = cause;
        election.calledBy = calledBy;
        election.createdAt = Instant.now();
        election.persist();
        em.flush();
        announce(election, ElectionAnnounced.CALLED);
        return election;
    }

    public ElectionResponse get(UUID id) {
        return ElectionResponse.of(find(id), clock.instant(), config.timeZone(), languages.current());
    }

    public Election find(UUID id) {
        return Election.<Election>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("election " + id));
    }

    /** The election, locked until the transaction ends: nominations, decisions and deadline work take turns. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Election lock(UUID id) {
        Election election = em.find(Election.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (election == null) {
            throw ProblemException.notFound("election " + id);
        }
        return election;
    }

    public PageOf<ElectionResponse> list(String region, String district, String unit, LocalDate votingDay, Phase phase,
            ListPage page) {
        Where where = new Where().equal("regionCode", region).equal("districtCode", district).equal("unitCode", unit)
                .equal("votingDay", votingDay);
        Instant now = clock.instant();
        // the phase is derived (R-C3), so it is filtered here rather than in SQL
        List<ElectionResponse> all = Election.<Election>find(where.query(), Sort.by("createdAt").and("id"), where.parameters())
                .<Election>list().stream()
                .map(e -> ElectionResponse.of(e, now, config.timeZone(), languages.current()))
                .filter(e -> phase == null || e.phase() == phase)
                .toList();
        return PageOf.of(all, page);
    }

    /** The CEC cancels an election at any time before it is decided. */
    @Transactional
    public ElectionResponse cancel(UUID id, String reason) {
        Election election = lock(id);
        if (!election.status.open()) {
            throw ProblemException.conflict("ELECTION_STATE", "the election is " + election.status + " already");
        }
        election.status = ElectionStatus.CANCELLED;
        election.cancellationReason = reason;
        announce(election, ElectionAnnounced.CANCELLED);
        return ElectionResponse.of(election, clock.instant(), config.timeZone(), languages.current());
    }

    /** R-C5: the CEC moves the voting day before nomination opens; the new calendar is announced. */
    @Transactional
    public ElectionResponse moveVotingDay(UUID id, VotingDayChange change) {
        Election election = lock(id);
        if (election.status != ElectionStatus.OPEN) {
            throw ProblemException.conflict("ELECTION_STATE", "the election is " + election.status + " already");
        }
        LocalDate from = election.votingDay;
        election.setCalendar(calendarRules().move(election.calendar(), change.votingDay(), clock.instant()));
        LOG.infof("election %s: voting day moved from %s to %s (%s)", id, from, change.votingDay(), change.reason());
        announce(election, ElectionAnnounced.CALENDAR_CHANGED);
        return ElectionResponse.of(election, clock.instant(), config.timeZone(), languages.current());
    }

    /**
     * R-R5: the CEC reopened a failed election whose REPEAT is called already: the repeat is cancelled, announced to
     * every service, with a reason naming the reopening, so that the unit has one open election again (the reopened
     * one). A repeat that is decided already stays as it is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelRepeatOf(Election reopened) {
        List<Election> repeats = Election.list("cause", "repeat-of:" + reopened.id);
        for (Election repeat : repeats) {
            if (repeat.status.open()) {
                repeat.status = ElectionStatus.CANCELLED;
                repeat.cancellationReason = "the CEC reopened the failed election " + reopened.id + " (R-R5)";
                announce(repeat, ElectionAnnounced.CANCELLED);
            }
        }
        em.flush(); // the repeat leaves the one-open-election index before the reopened election comes back into it
    }

    /** R-N6: the fallback window opens and the moved calendar is announced. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void openFallback(Election election) {
        election.setCalendar(calendarRules().openFallback(election.calendar(), settings.nomination().fallbackDays(),
                settings.nomination().registrationDaysAfterFallback()));
        announce(election, ElectionAnnounced.CALENDAR_CHANGED);
    }

    /** R-N8: no registered candidate is left; candidate-service fails the election itself (R-R5 follows). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void failForNoCandidates(Election election) {
        election.status = ElectionStatus.FAILED;
        election.failureReason = "NO_CANDIDATES";
        election.failedOn = today();
        outbox.publish(ElectionFailed.TOPIC, ElectionFailed.TYPE, election.id.toString(),
                new ElectionFailed(election.id, election.unitCode, election.failureReason, election.failedOn));
    }

    /**
     * R-T3: an election keeps the names of its unit, district and region as they are on its voting day: a renaming
     * before its polls close reaches it (and every service, as a calendar-changed event with the new names); a
     * renaming after that, or of a decided election's unit, does not.
     */
    void unitRenamed(@jakarta.enterprise.event.Observes kz.saylau.candidate.territory.UnitRenamed renamed) {
        List<Election> open = Election.list("status = ?1 and pollsClose > ?2 and (unitCode = ?3 or districtCode = ?3 or regionCode = ?3)",
                ElectionStatus.OPEN, clock.instant(), renamed.code());
        for (Election election : open) {
            if (election.unitCode.equals(renamed.code())) {
                election.unitName = em.find(Unit.class, renamed.code()).name;
            }
            announce(election, ElectionAnnounced.CALENDAR_CHANGED);
        }
    }

    private void announce(Election election, String type) {
        outbox.publish(ElectionAnnounced.TOPIC, type, election.id.toString(), ElectionAnnounced.of(election,
                names(election.unitCode), names(election.districtCode), names(election.regionCode), config.timeZone()));
    }

    /** {name, nameRu} of a unit; nulls for one not known. */
    private static String[] names(String code) {
        return Unit.<Unit>findByIdOptional(code).map(u -> new String[] { u.name, u.nameRu }).orElse(new String[2]);
    }

    private Optional<Election> openElection(String unitCode) {
        return Election.<Election>find("unitCode = ?1 and status = ?2", unitCode, ElectionStatus.OPEN).firstResultOptional();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
