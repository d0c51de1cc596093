package org.govkiosk.fleet;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One kiosk's connection to the broker: retained status (with a Last Will that says "offline"), events from a
 * bounded buffer (oldest dropped and counted while the broker is away), commands in, results out.
 * Reconnects with exponential back-off and jitter. All client work runs on one single-threaded scheduler and
 * never blocks it, so many publishers can share one thread (the 500-kiosk simulation does). The kiosk never
 * waits for the broker: every public method only enqueues.
 */
public final class FleetPublisher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FleetPublisher.class);

    private final FleetSettings settings;
    private final FleetTopics topics;
    private final Supplier<String> status;
    private final Consumer<byte[]> commands;
    private final ScheduledExecutorService loop;
    private final boolean ownLoop;
    private final Clock clock;
    private final ArrayDeque<String> events = new ArrayDeque<>();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong published = new AtomicLong();

    private MqttAsyncClient client;
    private volatile boolean connected;
    private boolean connecting;
    private boolean eventInFlight;
    private int failedAttempts;
    private volatile boolean closed;
    private ScheduledFuture<?> statusTimer;
    private String connectedAt;

    /**
     * @param status   the current status JSON (called on the publisher's thread; must be cheap and thread-safe)
     * @param commands raw payloads from the {@code cmd} topic (called on the publisher's thread)
     * @param loop     a single-threaded scheduler, or null for one of its own
     */
    public FleetPublisher(FleetSettings settings, Supplier<String> status, Consumer<byte[]> commands,
                          ScheduledExecutorService loop, Clock clock) {
        this.settings = settings;
        this.topics = new FleetTopics(settings.zone(), settings.kioskId());
        this.status = status;
        this.commands = commands;
        this.ownLoop = loop == null;
        this.loop = loop != null ? loop : java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fleet-mqtt");
            t.setDaemon(true);
            return t;
        });
        this.clock = clock;
    }

    public FleetTopics topics() { return topics; }
    public boolean connected() { return connected; }
    /** Events dropped because the buffer was full while the broker was away (also in the status). */
    public long droppedEvents() { return dropped.get(); }
    public long publishedMessages() { return published.get(); }

    public void start() {
        loop.execute(this::connect);
        long every = settings.statusInterval().toMillis();
        statusTimer = loop.scheduleAtFixedRate(this::publishStatus, every, every, TimeUnit.MILLISECONDS);
    }

    /** Publish the status now (after a change), not only at the next interval. */
    public void statusChanged() {
        if (!closed) loop.execute(this::publishStatus);
    }

    /** Queue one event (JSON); sent in order, at least once, when the broker is reachable. */
    public void event(String json) {
        if (closed) return;
        loop.execute(() -> {
            if (events.size() >= settings.eventBuffer()) {
                events.pollFirst();
                long n = dropped.incrementAndGet();
                if (n == 1 || n % 100 == 0) log.warn("fleet: event buffer full ({}), oldest dropped ({} so far)", settings.eventBuffer(), n);
            }
            events.addLast(json);
            drain();
        });
    }

    /** Answer a command on {@code cmd/result} (not retained; dropped if the broker is away: the status tells). */
    public void result(String json) {
        if (closed) return;
        loop.execute(() -> publish(topics.results(), json, false, null));
    }

    // ---- on the loop thread ----------------------------------------------------------------------

    private void connect() {
        if (closed || connected || connecting) return;
        connecting = true;
        try {
            if (client == null) {
                client = new MqttAsyncClient(FleetSettings.BrokerAddress.parse(settings.url()).pahoUri(),
                        "govkiosk-" + settings.zone() + "-" + settings.kioskId(), new MemoryPersistence());
                client.setCallback(new Callback());
            }
            MqttConnectOptions o = options();
            client.connect(o, null, new IMqttActionListener() {
                @Override public void onSuccess(IMqttToken t) { loop.execute(FleetPublisher.this::onConnected); }
                @Override public void onFailure(IMqttToken t, Throwable e) { loop.execute(() -> onConnectFailed(e)); }
            });
        } catch (MqttException | RuntimeException e) {
            onConnectFailed(e);
        }
    }

    private MqttConnectOptions options() {
        MqttConnectOptions o = new MqttConnectOptions();
        o.setCleanSession(true);
        o.setAutomaticReconnect(false); // ours: back-off with jitter, and a fresh Last Will each time
        o.setKeepAliveInterval(settings.keepAliveSeconds());
        o.setConnectionTimeout(10);
        o.setMaxInflight(64);
        settings.username().ifPresent(o::setUserName);
        settings.password().ifPresent(p -> o.setPassword(p.toCharArray()));
        connectedAt = clock.instant().toString();
        o.setWill(topics.status(), FleetStatusJson.offline(settings, connectedAt, "connection lost").getBytes(StandardCharsets.UTF_8), 1, true);
        if (FleetSettings.BrokerAddress.parse(settings.url()).tls()) o.setSocketFactory(FleetTls.context(settings.trustStore(), settings.trustStorePassword()).getSocketFactory());
        return o;
    }

    private void onConnected() {
        connecting = false;
        if (closed) return;
        connected = true;
        if (failedAttempts > 0) log.info("fleet: connected to {} after {} failed attempts", settings.url(), failedAttempts);
        else log.info("fleet: connected to {} as {}", settings.url(), topics.base());
        failedAttempts = 0;
        try {
            client.subscribe(topics.commands(), 1);
        } catch (MqttException e) {
            log.warn("fleet: cannot subscribe to {}: {}", topics.commands(), e.toString());
        }
        publishStatus();
        eventInFlight = false;
        drain();
    }

    private void onConnectFailed(Throwable e) {
        connecting = false;
        connected = false;
        if (closed) return;
        failedAttempts++;
        long delay = backOffMillis(failedAttempts);
        if (failedAttempts == 1 || failedAttempts % 10 == 0) {
            log.warn("fleet: broker {} unreachable ({}); retrying in {} ms (attempt {})", settings.url(), rootCause(e), delay, failedAttempts);
        }
        loop.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
    }

    long backOffMillis(int attempt) {
        long min = settings.reconnectMin().toMillis();
        long max = settings.reconnectMax().toMillis();
        long d = min << Math.min(20, attempt - 1);
        d = Math.min(max, Math.max(min, d));
        // Jitter: 500 kiosks that lost the same broker must not all come back in the same millisecond.
        return d / 2 + ThreadLocalRandom.current().nextLong(d / 2 + 1);
    }

    private void connectionLost(Throwable cause) {
        if (!connected) return;
        connected = false;
        eventInFlight = false;
        log.warn("fleet: connection to {} lost ({}); {} events buffered", settings.url(), rootCause(cause), events.size());
        onConnectFailed(cause);
    }

    private void publishStatus() {
        if (!connected || closed) return;
        publish(topics.status(), status.get(), true, null);
    }

    private void drain() {
        if (!connected || eventInFlight || events.isEmpty()) return;
        String next = events.peekFirst();
        eventInFlight = true;
        publish(topics.events(), next, false, new IMqttActionListener() {
            @Override public void onSuccess(IMqttToken t) {
                loop.execute(() -> {
                    // Overflow may have dropped it meanwhile; remove only if it is still the head.
                    if (events.peekFirst() == next) events.pollFirst();
                    eventInFlight = false;
                    drain();
                });
            }
            @Override public void onFailure(IMqttToken t, Throwable e) {
                loop.execute(() -> eventInFlight = false); // stays buffered; sent again after reconnect
            }
        });
    }

    private void publish(String topic, String json, boolean retained, IMqttActionListener done) {
        if (!connected) {
            if (done != null) done.onFailure(null, new IllegalStateException("not connected"));
            return;
        }
        try {
            MqttMessage m = new MqttMessage(json.getBytes(StandardCharsets.UTF_8));
            m.setQos(1);
            m.setRetained(retained);
            client.publish(topic, m, null, done);
            published.incrementAndGet();
        } catch (MqttException e) {
            if (done != null) done.onFailure(null, e);
            else log.debug("fleet: publish to {} failed: {}", topic, e.toString());
        }
    }

    private final class Callback implements MqttCallback {
        @Override public void connectionLost(Throwable cause) { loop.execute(() -> FleetPublisher.this.connectionLost(cause)); }

        @Override public void messageArrived(String topic, MqttMessage message) {
            if (topic.equals(topics.commands())) {
                byte[] payload = message.getPayload();
                loop.execute(() -> commands.accept(payload));
            }
        }

        @Override public void deliveryComplete(IMqttDeliveryToken token) {}
    }

    private static String rootCause(Throwable t) {
        if (t == null) return "unknown";
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    /**
     * A clean stop: the status says offline ("shut down") before disconnecting, so operators can tell a planned
     * stop from a crash (the Last Will says "connection lost").
     */
    @Override
    public void close() {
        if (closed) return;
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        loop.execute(() -> {
            try {
                if (statusTimer != null) statusTimer.cancel(false);
                if (client != null && connected) {
                    MqttMessage m = new MqttMessage(FleetStatusJson.offline(settings, connectedAt, "shut down").getBytes(StandardCharsets.UTF_8));
                    m.setQos(1);
                    m.setRetained(true);
                    client.publish(topics.status(), m).waitForCompletion(2000);
                    client.disconnect(1000).waitForCompletion(2000);
                }
            } catch (MqttException | RuntimeException e) {
                log.debug("fleet: clean stop incomplete: {}", e.toString());
            } finally {
                closed = true;
                connected = false;
                try {
                    if (client != null) client.close(true);
                } catch (MqttException e) {
                    // already closing
                }
                done.countDown();
            }
        });
        try {
            done.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closed = true;
        if (ownLoop) loop.shutdownNow();
    }
}
