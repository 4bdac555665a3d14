package kz.saylau.candidate.territory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kz.saylau.platform.messaging.EventReader;
import kz.saylau.platform.messaging.IncomingEvent;

/**
 * From {@code saylau.territory} (via EventConsumer): ballot-service's precinct events give each unit its electorate
 * (R-T2).
 */
@ApplicationScoped
public class TerritoryEvents implements EventReader {

    @Inject
    EntityManager em;

    @Override
    public void apply(IncomingEvent event) {
        switch (event.type()) {
            case "saylau.precinct.registered.v1", "saylau.precinct.updated.v1", "saylau.precinct.closed.v1" -> precinct(event);
            default -> {
                // our own unit and party events, and types of later versions: nothing to do here
            }
        }
    }

    private void precinct(IncomingEvent event) {
        String code = event.data().path("code").asText(null);
        String unitCode = event.data().path("unitCode").asText(null);
        long voters = event.data().path("votersOnList").asLong(-1);
        if (code == null || unitCode == null || voters < 0) {
            throw new IllegalArgumentException("a precinct event needs code, unitCode and votersOnList >= 0");
        }
        if (event.data().hasNonNull("closedAt")) {
            voters = 0; // R-T2: a closed precinct's voters are on another precinct's list now, or on none
        }
        em.createNativeQuery("""
                insert into precinct_electorate (code, unit_code, voters_on_list) values (?1, ?2, ?3)
                on conflict (code) do update set unit_code = excluded.unit_code, voters_on_list = excluded.voters_on_list""")
                .setParameter(1, code).setParameter(2, unitCode).setParameter(3, voters).executeUpdate();
        // Recounted from the precincts, so a repeated or reordered update can never drift the total.
        em.createNativeQuery("""
                update unit set electorate = (select coalesce(sum(voters_on_list), 0) from precinct_electorate where unit_code = ?1)
                where code = ?1""").setParameter(1, unitCode).executeUpdate();
    }
}
