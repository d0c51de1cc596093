package org.govkiosk.kiosk.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.govkiosk.config.ConfigException;
import org.govkiosk.fleet.FleetCommand;
import org.govkiosk.fleet.FleetTopics;
import org.govkiosk.fleet.OperatorKeys;
import org.govkiosk.fleet.SignedCommands;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kiosk.jar fleet --broker URL send --key operator.key ZONE/KIOSK ACTION [name=value]}: one signed command. */
@Command(name = "send", mixinStandardHelpOptions = true,
        description = {"Sign a command with the operator's key, send it to one kiosk and print its answers.",
                "Actions: out-of-service reason=TEXT, in-service, maintenance, disable-item item=CODE, enable-item item=CODE, "
                        + "notice text=TEXT (empty clears), self-test, reload-config, restart.",
                "A kiosk serving a citizen applies the command when her session ends.",
                "Exit 0 applied, 1 refused or failed, 3 accepted and waiting for a session to end, 4 no answer (offline?)."})
public final class FleetSend implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParentCommand FleetTool fleet;
    @Spec CommandSpec spec;

    @Option(names = "--key", required = true, description = "the operator's private key (from fleet keygen)") Path key;
    @Parameters(index = "0", paramLabel = "ZONE/KIOSK", description = "e.g. zz-gx/ZZ-GX-0001") String target;
    @Parameters(index = "1", paramLabel = "ACTION") String action;
    @Parameters(index = "2..*", paramLabel = "NAME=VALUE") List<String> args = List.of();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FleetTopics topics;
        FleetCommand command;
        BrokerLogin login;
        PrivateKey privateKey;
        try {
            login = fleet.login();
            String[] zk = target.split("/");
            if (zk.length != 2) throw new IllegalArgumentException("target must be ZONE/KIOSK, e.g. zz-gx/ZZ-GX-0001");
            topics = new FleetTopics(zk[0], zk[1]);
            Map<String, String> a = new TreeMap<>();
            for (String kv : args) {
                int eq = kv.indexOf('=');
                if (eq <= 0) throw new IllegalArgumentException("'" + kv + "' is not NAME=VALUE");
                a.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
            command = FleetCommand.create(zk[1], FleetCommand.Action.fromWire(action), a, Instant.now());
            privateKey = OperatorKeys.readPrivateKey(key);
        } catch (ConfigException | IllegalArgumentException | java.io.IOException e) {
            err.println(e.getMessage());
            return 2;
        }
        BlockingQueue<JsonNode> answers = new LinkedBlockingQueue<>();
        MqttAsyncClient client = new MqttAsyncClient(login.address().pahoUri(), "govkiosk-operator-" + Long.toHexString(System.nanoTime()), new MemoryPersistence());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(fleet.timeoutSeconds);
        try {
            client.setCallback(new org.eclipse.paho.client.mqttv3.MqttCallback() {
                @Override public void connectionLost(Throwable cause) {}
                @Override public void messageArrived(String topic, MqttMessage m) {
                    try {
                        JsonNode n = JSON.readTree(m.getPayload());
                        if (command.id().equals(n.path("id").asText())) answers.add(n);
                    } catch (java.io.IOException ignored) {
                        // someone else's garbage on the result topic
                    }
                }
                @Override public void deliveryComplete(org.eclipse.paho.client.mqttv3.IMqttDeliveryToken token) {}
            });
            client.connect(login.options(fleet.timeoutSeconds)).waitForCompletion(left(deadline));
            client.subscribe(topics.results(), 1).waitForCompletion(left(deadline));
            MqttMessage m = new MqttMessage(SignedCommands.sign(command, privateKey).getBytes(StandardCharsets.UTF_8));
            m.setQos(1);
            client.publish(topics.commands(), m).waitForCompletion(left(deadline));
            out.println("sent " + command.action().wire + " to " + target + " (id " + command.id() + ")");
            out.flush();
            int code = 4;
            while (System.nanoTime() < deadline) {
                JsonNode a = answers.poll(left(deadline), TimeUnit.MILLISECONDS);
                if (a == null) break;
                String outcome = a.path("outcome").asText();
                out.println(outcome + ": " + a.path("detail").asText());
                out.flush();
                boolean selfTest = command.action() == FleetCommand.Action.SELF_TEST;
                switch (outcome) {
                    case "applied" -> {
                        if (!selfTest) return 0;
                        code = 3; // the report follows as passed/failed
                    }
                    case "passed" -> { return 0; }
                    case "refused", "failed" -> { return 1; }
                    case "accepted" -> code = a.path("detail").asText().startsWith("waiting") ? 3 : code;
                    default -> { }
                }
            }
            if (code == 4) err.println("no answer within " + fleet.timeoutSeconds + " s: is " + target + " online? (kiosk.jar fleet --broker ...)");
            else err.println("accepted; it will be applied when the citizen's session ends (the status will show it)");
            return code;
        } catch (org.eclipse.paho.client.mqttv3.MqttException e) {
            err.println("cannot send through " + login.url() + ": " + FleetTool.rootCause(e));
            return 2;
        } finally {
            try {
                if (client.isConnected()) client.disconnect(0).waitForCompletion(1000);
                client.close(true);
            } catch (org.eclipse.paho.client.mqttv3.MqttException ignored) {
                // leaving anyway
            }
        }
    }

    private static long left(long deadline) {
        return Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
    }

}
