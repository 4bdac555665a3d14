package kz.saylau.gateway.routing;

import java.io.IOException;
import java.net.ConnectException;

import io.vertx.core.http.HttpClosedException;
import kz.saylau.platform.web.Causes;

/**
 * A call whose connection to the service closed or was reset before any answer came. Not a refused connection
 * (the service is down: sending again would be refused too) and not a timeout (the service has the call).
 */
final class ConnectionLoss {

    private ConnectionLoss() {
    }

    static boolean is(Throwable failure) {
        return Causes.any(failure, t -> t instanceof HttpClosedException
                || (t instanceof IOException && !(t instanceof ConnectException)));
    }
}
