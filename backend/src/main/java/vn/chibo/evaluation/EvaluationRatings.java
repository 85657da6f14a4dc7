package vn.chibo.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import vn.chibo.meeting.MeetingRatings;

/** The evaluations' ratings the stored meeting facts copy (the dashboard's rating figures are summed from them). */
@ApplicationScoped
public class EvaluationRatings implements MeetingRatings {
    private final EntityManager em;

    public EvaluationRatings(EntityManager em) {
        this.em = em;
    }

    @Override
    public Map<UUID, Ratings> of(Collection<UUID> meetingIds) {
        Map<UUID, Ratings> out = new HashMap<>();
        if (meetingIds.isEmpty()) return out;
        for (Object[] r : em.createQuery("select e.meetingId, e.selfRating, e.verifiedRating from Evaluation e"
                + " where e.meetingId in :ids", Object[].class).setParameter("ids", meetingIds).getResultList()) {
            out.put((UUID) r[0], new Ratings(name(r[1]), name(r[2])));
        }
        return out;
    }

    private static String name(Object rating) {
        return rating == null ? null : ((Rating) rating).name();
    }
}
