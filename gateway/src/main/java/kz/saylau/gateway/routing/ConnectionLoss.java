package kz.saylau.gateway.routing;

import java.io.IOException;
import java.net.ConnectException;

import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.StreamResetException;
import kz.saylau.platform.web.Causes;

/**
 * A call whose connection to the service closed or was reset before any answer came. Not a refused connection
 * (the service is down: sending again would be refused too) and not a timeout (the service has the call). When the
 * connection closes while the proxy still writes the body, the proxy resets its request and the call fails with a
 * stream reset instead of the close: that is the same loss (the caller checks that its own client is still there).
 */
final class ConnectionLoss {

    private ConnectionLoss() {
    }

    static boolean is(Throwable failure) {
        return Causes.any(failure, t -> t instanceof HttpClosedException || t instanceof StreamResetException
                || (t instanceof IOException && !(t instanceof ConnectException)));
    }
}
