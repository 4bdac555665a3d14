import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Waits until the brokers answer (as many as each topic has replicas), then creates the given topics if they do not
 * exist yet; with more than one replica each topic takes {@code min.insync.replicas=2}, so a write acknowledged by
 * {@code acks=all} is on two brokers at least. Run by ./saylau with the broker's own jars:
 * java -cp 'libs/*' CreateTopics.java host:port[,host:port...] partitions replicas topic...
 */
public class CreateTopics {
    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        int partitions = Integer.parseInt(args[1]);
        short replicas = Short.parseShort(args[2]);
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        try (Admin admin = Admin.create(props)) {
            while (true) {
                try {
                    int brokers = admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).size();
                    if (brokers < replicas) {
                        throw new IllegalStateException(brokers + " of " + replicas + " brokers are up");
                    }
                    Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
                    List<NewTopic> missing = new ArrayList<>();
                    for (int i = 3; i < args.length; i++) {
                        if (!existing.contains(args[i])) {
                            NewTopic topic = new NewTopic(args[i], partitions, replicas);
                            if (replicas > 1) {
                                topic.configs(java.util.Map.of("min.insync.replicas", "2"));
                            }
                            missing.add(topic);
                        }
                    }
                    if (!missing.isEmpty()) {
                        admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
                    }
                    System.out.println("topics ready: " + (args.length - 3) + " (created " + missing.size() + ")");
                    return;
                } catch (Exception e) {
                    if (System.nanoTime() > deadline) {
                        throw e;
                    }
                    System.out.println("waiting for the broker: " + e);
                    Thread.sleep(500);
                }
            }
        }
    }
}
