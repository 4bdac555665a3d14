package kz.saylau.results.mandate;

import kz.saylau.platform.web.Columns;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import kz.saylau.platform.web.Caller;
import kz.saylau.platform.clock.ElectionClock;
import kz.saylau.platform.web.ProblemException;
import kz.saylau.platform.messaging.Outbox;
import kz.saylau.results.result.ElectionResult;
import kz.saylau.results.result.ResultService;
import kz.saylau.results.result.ResultSettings;

/** Mandates of certified winners (R-M1) and their early termination (R-M2). */
@ApplicationScoped
public class MandateService {

    public static final String TOPIC = "saylau.results";

    public enum Ground {
        RESIGNATION, MASLIKHAT_DECISION, COMMUNITY_INITIATIVE, COURT, DEATH, OTHER
    }

    /** A mandate as api.md shows it; also the payload of the {@code saylau.mandate.*} events. */
    public record Mandate(UUID id, String unitCode, UUID electionId, UUID candidateId, String akimName, LocalDate termStart,
            LocalDate termEnd, String status, String terminationGround, String decisionRef, LocalDate decidedOn) {
    }

    @Inject
    EntityManager em;

    @Inject
    ResultSettings settings;

    @Inject
    ElectionClock clock;

    @Inject
    Outbox outbox;

    /** R-M1: the term starts on the day of certification and ends on the same date {@code term-years} later. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void start(ResultService.Election e, ElectionResult.Person winner, LocalDate certifiedOn) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                insert into mandate (id, unit_code, district_code, election_id, candidate_id, akim_name, term_start, term_end, status)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'ACTIVE')""")
                .setParameter(1, id).setParameter(2, e.unitCode()).setParameter(3, e.districtCode()).setParameter(4, e.id())
                .setParameter(5, winner.candidateId()).setParameter(6, winner.displayName()).setParameter(7, certifiedOn)
                .setParameter(8, certifiedOn.plusYears(settings.termYears())).executeUpdate();
        outbox.publish(TOPIC, "saylau.mandate.started.v1", e.id().toString(), find(id));
    }

    /** A reopened result takes back the mandate its certification gave, unless it was already terminated. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawUnterminated(UUID electionId) {
        em.createNativeQuery("delete from mandate where election_id = ?1 and status = 'ACTIVE'").setParameter(1, electionId)
                .executeUpdate();
    }

    @Transactional
    public Mandate terminate(UUID id, Ground ground, String decisionRef, LocalDate decidedOn, Caller caller) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select district_code, status from mandate where id = ?1 for update")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("mandate " + id);
        }
        String district = (String) rows.get(0)[0];
        if (!caller.actsFor("district-akim", "district", district) && !caller.actsFor("tec", "district", district)) {
            throw ProblemException.forbidden("the district akim's office or the TEC of the district records a termination");
        }
        if (decidedOn.isAfter(LocalDate.now(clock))) {
            throw ProblemException.rule("DECISION_IN_FUTURE", "R-M2", "the decision date " + decidedOn + " is after today");
        }
        if ("TERMINATED".equals(rows.get(0)[1])) {
            throw ProblemException.conflict("MANDATE_TERMINATED", "the mandate was terminated already");
        }
        em.createNativeQuery("""
                update mandate set status = 'TERMINATED', termination_ground = ?2, decision_ref = ?3, decided_on = ?4 where id = ?1""")
                .setParameter(1, id).setParameter(2, ground.name()).setParameter(3, decisionRef).setParameter(4, decidedOn)
                .executeUpdate();
        Mandate m = find(id);
        outbox.publish(TOPIC, "saylau.mandate.terminated.v1", m.electionId().toString(), m);
        return m;
    }

    public List<Mandate> list(String unit, Boolean active) {
        StringBuilder sql = new StringBuilder("""
                select id, unit_code, election_id, candidate_id, akim_name, term_start, term_end, status,
                       termination_ground, decision_ref, decided_on from mandate where 1 = 1""");
        if (unit != null) {
            sql.append(" and unit_code = :unit");
        }
        if (active != null) {
            sql.append(active ? " and status = 'ACTIVE'" : " and status <> 'ACTIVE'");
        }
        var q = em.createNativeQuery(sql.append(" order by term_start, id").toString());
        if (unit != null) {
            q.setParameter("unit", unit);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(MandateService::of).toList();
    }

    Mandate find(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, unit_code, election_id, candidate_id, akim_name, term_start, term_end, status,
                       termination_ground, decision_ref, decided_on from mandate where id = ?1""").setParameter(1, id).getResultList();
        return of(rows.get(0));
    }

    private static Mandate of(Object[] r) {
        return new Mandate((UUID) r[0], (String) r[1], (UUID) r[2], (UUID) r[3], (String) r[4], Columns.date(r[5]), Columns.date(r[6]),
                (String) r[7], (String) r[8], (String) r[9], r[10] == null ? null : Columns.date(r[10]));
    }
}
