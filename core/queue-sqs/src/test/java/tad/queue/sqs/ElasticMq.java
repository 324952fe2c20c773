package tad.queue.sqs;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** An ElasticMQ server in the test JVM on a free loopback port, and jobs queues with a real redrive policy. */
final class ElasticMq implements AutoCloseable {
    private final SQSRestServer server;
    private final URI endpoint;
    private final SqsClient admin;

    ElasticMq() {
        server = SQSRestServerBuilder.withInterface("127.0.0.1").withDynamicPort().start();
        int port = server.waitUntilStarted().localAddress().getPort();
        endpoint = URI.create("http://127.0.0.1:" + port);
        admin = client();
    }

    SqsClient client() {
        return SqsClients.forQueue(endpoint.resolve("/000000000000/any"), Region.EU_WEST_2);
    }

    /** A fresh jobs queue whose redrive policy sends a job to its own dead-letter queue after maxReceives. */
    URI createJobsQueue(int maxReceives) {
        String name = "tad-jobs-" + UUID.randomUUID().toString().substring(0, 8);
        String dlqUrl = admin.createQueue(b -> b.queueName(name + "-dlq")).queueUrl();
        String dlqArn = admin.getQueueAttributes(b -> b.queueUrl(dlqUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        String policy = "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":\"" + maxReceives + "\"}";
        return URI.create(admin.createQueue(b -> b.queueName(name)
                .attributes(Map.of(QueueAttributeName.REDRIVE_POLICY, policy))).queueUrl());
    }

    URI createQueueWithoutRedrive() {
        return URI.create(admin.createQueue(b -> b.queueName("plain-" + UUID.randomUUID().toString()
                .substring(0, 8))).queueUrl());
    }

    @Override
    public void close() {
        admin.close();
        server.stopAndWait();
    }
}
