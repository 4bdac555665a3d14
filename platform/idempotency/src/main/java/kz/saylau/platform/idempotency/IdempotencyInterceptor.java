package kz.saylau.platform.idempotency;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.saylau.platform.web.Caller;
import kz.saylau.platform.web.Hashes;
import kz.saylau.platform.web.ProblemException;

/**
 * Idempotency-Key (api.md conventions): scoped to the caller's account, method and path. The key is claimed by a row
 * inserted in the same transaction as the change, so a concurrent retry waits on that row and then replays the
 * answer, and a refused request (rolled back) leaves no claim behind: only answers that changed something are
 * remembered. Keys live on real time, never on the election clock (R-C4).
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 900)
public class IdempotencyInterceptor {

    static final String HEADER = "Idempotency-Key";

    @Inject
    CurrentVertxRequest request;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @AroundInvoke
    Object around(InvocationContext call) throws Exception {
        var http = request.getCurrent().request();
        String key = http.getHeader(HEADER);
        if (key == null) {
            return call.proceed();
        }
        if (key.isEmpty() || key.length() > 100) {
            throw new ProblemException(400, "VALIDATION_FAILED", "the Idempotency-Key header has 1 to 100 characters",
                    List.of(new ProblemException.Violation(HEADER, "1 to 100 characters")));
        }
        String account = caller.name();
        String method = http.method().name();
        String path = http.path();
        String hash = hash(call.getParameters());
        try {
            return QuarkusTransaction.joiningExisting().call(() -> {
                int claimed = em.createNativeQuery("""
                        insert into idempotent_request (account, method, path, idem_key, request_hash, created_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing""")
                        .setParameter(1, account).setParameter(2, method).setParameter(3, path).setParameter(4, key)
                        .setParameter(5, hash).setParameter(6, Instant.now()).executeUpdate();
                if (claimed == 0) {
                    return replay(account, method, path, key, hash);
                }
                Response answer = (Response) call.proceed();
                em.createNativeQuery("""
                        update idempotent_request set status = ?5, body = ?6, location = ?7
                        where account = ?1 and method = ?2 and path = ?3 and idem_key = ?4""")
                        .setParameter(1, account).setParameter(2, method).setParameter(3, path).setParameter(4, key)
                        .setParameter(5, answer.getStatus())
                        .setParameter(6, answer.getEntity() == null ? null : mapper.writeValueAsString(answer.getEntity()))
                        .setParameter(7, answer.getLocation() == null ? null : answer.getLocation().toString())
                        .executeUpdate();
                return answer;
            });
        } catch (io.quarkus.narayana.jta.QuarkusTransactionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private Response replay(String account, String method, String path, String key, String hash) {
        Object[] row = (Object[]) em.createNativeQuery("""
                select request_hash, status, body, location from idempotent_request
                where account = ?1 and method = ?2 and path = ?3 and idem_key = ?4""")
                .setParameter(1, account).setParameter(2, method).setParameter(3, path).setParameter(4, key)
                .getSingleResult();
        if (!hash.equals(row[0])) {
            throw ProblemException.conflict("IDEMPOTENCY_KEY_REUSED",
                    "this Idempotency-Key was used before with a different request");
        }
        Response.ResponseBuilder answer = Response.status(((Number) row[1]).intValue());
        if (row[2] != null) {
            answer.entity(row[2]).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
        }
        if (row[3] != null) {
            answer.header("Location", row[3]);
        }
        return answer.header("Idempotent-Replayed", "true").build();
    }

    private String hash(Object[] parameters) throws JsonProcessingException {
        return Hashes.sha256(mapper.writeValueAsBytes(parameters));
    }
}
