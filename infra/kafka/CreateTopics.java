import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Waits until the broker answers, then creates the given topics if they do not exist yet.
 * Run by ./saylau with the broker's own jars: java -cp 'libs/*' CreateTopics.java host:port partitions topic...
 */
public class CreateTopics {
    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        int partitions = Integer.parseInt(args[1]);
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        try (Admin admin = Admin.create(props)) {
            while (true) {
                try {
                    Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
                    List<NewTopic> missing = new ArrayList<>();
                    for (int i = 2; i < args.length; i++) {
                        if (!existing.contains(args[i])) {
                            missing.add(new NewTopic(args[i], partitions, (short) 1));
                        }
                    }
                    if (!missing.isEmpty()) {
                        admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
                    }
                    System.out.println("topics ready: " + (args.length - 2) + " (created " + missing.size() + ")");
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
