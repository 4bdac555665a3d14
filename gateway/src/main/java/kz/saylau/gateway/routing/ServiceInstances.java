package kz.saylau.gateway.routing;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import kz.saylau.gateway.platform.GatewayConfig;
import kz.saylau.gateway.routing.ServiceRoutes.Service;

/**
 * The instances of each service ({@code saylau.services.candidate} and the others are lists) and which of them answer.
 * Calls are spread over the instances in turn, skipping one that is down: an instance is down from the moment a
 * connection to it is refused until its readiness check ({@code /q/health/ready}, asked every
 * {@code saylau.services.health-every}) says UP again. With every instance down, calls go to them in turn anyway, so
 * the first one back is used at once.
 */
@ApplicationScoped
public class ServiceInstances {

    private static final Logger LOG = Logger.getLogger(ServiceInstances.class);

    /** One instance of a service and whether it is taken out of the turn. */
    static final class Instance {
        final URI uri;
        volatile boolean down;

        Instance(URI uri) {
            this.uri = uri;
        }
    }

    private final Map<Service, List<Instance>> instances = new EnumMap<>(Service.class);
    private final Map<Service, AtomicInteger> turns = new EnumMap<>(Service.class);
    private final GatewayConfig config;
    private HttpClient probe;
    private long timer = -1;

    ServiceInstances(GatewayConfig config) {
        this.config = config;
        put(Service.CANDIDATE, config.services().candidate());
        put(Service.BALLOT, config.services().ballot());
        put(Service.RESULTS, config.services().results());
    }

    private void put(Service service, List<URI> uris) {
        List<Instance> list = new ArrayList<>();
        uris.forEach(u -> list.add(new Instance(u)));
        instances.put(service, List.copyOf(list));
        turns.put(service, new AtomicInteger());
    }

    void start(@Observes StartupEvent start, Vertx vertx) {
        if (instances.values().stream().allMatch(l -> l.size() == 1)) {
            return;   // one instance each: nothing to choose between, and nothing to probe
        }
        probe = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(1000).setKeepAlive(false));
        timer = vertx.setPeriodic(config.services().healthEvery().toMillis(), t -> check());
    }

    void stop(@Observes ShutdownEvent stop, Vertx vertx) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** The instance the next call to {@code service} goes to. */
    public URI pick(Service service) {
        List<Instance> list = instances.get(service);
        int start = Math.floorMod(turns.get(service).getAndIncrement(), list.size());
        for (int i = 0; i < list.size(); i++) {
            Instance candidate = list.get((start + i) % list.size());
            if (!candidate.down) {
                return candidate.uri;
            }
        }
        return list.get(start).uri;
    }

    /** Another instance than {@code tried} that is not down, for sending a call again; empty when there is none. */
    public Optional<URI> other(Service service, URI tried) {
        return instances.get(service).stream().filter(i -> !i.down && !i.uri.equals(tried)).map(i -> i.uri).findFirst();
    }

    /** A connection to {@code uri} was refused: it is out of the turn until its readiness check passes. */
    public void down(Service service, URI uri) {
        for (Instance i : instances.get(service)) {
            if (i.uri.equals(uri) && !i.down && instances.get(service).size() > 1) {
                i.down = true;
                LOG.warnf("%s-service at %s does not answer: calls go to its other instances", name(service), uri);
            }
        }
    }

    /** Every instance of {@code service}, in the configured order. */
    public List<URI> all(Service service) {
        return instances.get(service).stream().map(i -> i.uri).toList();
    }

    private void check() {
        instances.forEach((service, list) -> list.forEach(i -> probe
                .request(new RequestOptions().setMethod(HttpMethod.GET).setHost(i.uri.getHost()).setPort(i.uri.getPort())
                        .setURI("/q/health/ready").setTimeout(1000))
                .compose(r -> r.send().compose(answer -> answer.body().map(b -> answer.statusCode())))
                .onComplete(done -> {
                    boolean up = done.succeeded() && done.result() == 200;
                    if (up && i.down) {
                        LOG.infof("%s-service at %s is ready again", name(service), i.uri);
                    } else if (!up && !i.down) {
                        LOG.warnf("%s-service at %s is not ready: calls go to its other instances", name(service), i.uri);
                    }
                    i.down = !up;
                })));
    }

    private static String name(Service service) {
        return service.name().toLowerCase(java.util.Locale.ROOT);
    }
}
