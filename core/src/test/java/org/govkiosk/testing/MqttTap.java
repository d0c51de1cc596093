package org.govkiosk.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * Listens on a broker like an operator's tool would and keeps every message, for tests to wait on. With
 * {@code durable} the broker keeps its subscription (and queues QoS 1 messages) while it is disconnected or the
 * broker restarts.
 */
public final class MqttTap implements AutoCloseable {
    public record Message(String topic, String payload, boolean retained, long receivedNanos) {}

    private final MqttClient client;
    private final String filter;
    private final MqttConnectOptions options;
    private final List<Message> messages = new ArrayList<>();

    public MqttTap(String url, String filter, String clientId, boolean durable) throws MqttException {
        this.filter = filter;
        client = new MqttClient(url, clientId, new MemoryPersistence());
        options = new MqttConnectOptions();
        options.setCleanSession(!durable);
        options.setAutomaticReconnect(false);
        options.setMaxInflight(1000);
        client.setCallback(new MqttCallback() {
            @Override public void connectionLost(Throwable cause) {}
            @Override public void messageArrived(String topic, MqttMessage m) {
                synchronized (messages) {
                    messages.add(new Message(topic, new String(m.getPayload(), StandardCharsets.UTF_8), m.isRetained(), System.nanoTime()));
                    messages.notifyAll();
                }
            }
            @Override public void deliveryComplete(IMqttDeliveryToken token) {}
        });
        connect();
    }

    public static MqttTap open(String url, String filter) throws MqttException {
        return new MqttTap(url, filter, "tap-" + System.nanoTime(), false);
    }

    public void connect() throws MqttException {
        client.connect(options);
        client.subscribe(filter, 1);
    }

    public void disconnect() throws MqttException {
        if (client.isConnected()) client.disconnect();
    }

    public void publish(String topic, String payload, boolean retained) throws MqttException {
        MqttMessage m = new MqttMessage(payload.getBytes(StandardCharsets.UTF_8));
        m.setQos(1);
        m.setRetained(retained);
        client.publish(topic, m);
    }

    public List<Message> all() {
        synchronized (messages) {
            return List.copyOf(messages);
        }
    }

    /** The first message (received so far or within the time limit) that matches; fails with what was seen. */
    public Message await(Predicate<Message> match, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        synchronized (messages) {
            while (true) {
                for (Message m : messages) if (match.test(m)) return m;
                long left = deadline - System.nanoTime();
                if (left <= 0) throw new AssertionError("no matching message within " + within.toMillis() + " ms; the last of "
                        + messages.size() + " seen: " + messages.subList(Math.max(0, messages.size() - 3), messages.size()));
                TimeUnit.NANOSECONDS.timedWait(messages, left);
            }
        }
    }

    /** Every message that matches, waiting until there are at least {@code n}. */
    public List<Message> awaitCount(Predicate<Message> match, int n, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        synchronized (messages) {
            while (true) {
                List<Message> got = messages.stream().filter(match).toList();
                if (got.size() >= n) return got;
                long left = deadline - System.nanoTime();
                if (left <= 0) throw new AssertionError("only " + got.size() + " of " + n + " messages within " + within.toMillis() + " ms: " + got);
                TimeUnit.NANOSECONDS.timedWait(messages, left);
            }
        }
    }

    @Override
    public void close() throws MqttException {
        disconnect();
        client.close();
    }
}
