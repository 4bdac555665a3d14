package kz.saylau.ballot.precinct;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kz.saylau.platform.messaging.IncomingEvent;
import kz.saylau.platform.messaging.EventReader;
import kz.saylau.platform.territory.KnownUnits;

/**
 * R-T3: a rural unit moved under another district (candidate-service refuses a move while an election of it is
 * open): its precincts follow, so that the TEC of the new district acts for them and the old one no longer does.
 */
@ApplicationScoped
public class UnitMoves implements EventReader {

    @Inject
    EntityManager em;

    @Override
    public void apply(IncomingEvent event) {
        if (KnownUnits.UNIT_CHANGED.equals(event.type()) && "RURAL".equals(event.data().path("level").asText())) {
            em.createNativeQuery("update precinct set district_code = ?2, region_code = ?3 where unit_code = ?1")
                    .setParameter(1, event.data().path("code").asText())
                    .setParameter(2, event.data().path("districtCode").asText())
                    .setParameter(3, event.data().path("regionCode").asText()).executeUpdate();
        }
    }
}
