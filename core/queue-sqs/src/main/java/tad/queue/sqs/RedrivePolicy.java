package tad.queue.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The jobs queue's redrive policy attribute: SQS itself moves a job to the dead-letter queue on the receive after
 * {@code maxReceiveCount}, so that number is the worker's retry budget too.
 */
record RedrivePolicy(String deadLetterTargetArn, int maxReceiveCount) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static RedrivePolicy parse(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            String arn = node.path("deadLetterTargetArn").asText("");
            // SQS returns the count as a number; Terraform's jsonencode and some tools send it as a string
            int max = Integer.parseInt(node.path("maxReceiveCount").asText("0"));
            if (arn.isEmpty() || max < 1) {
                throw new IllegalStateException("redrive policy without a target or count: " + json);
            }
            return new RedrivePolicy(arn, max);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | NumberFormatException e) {
            throw new IllegalStateException("unreadable redrive policy: " + json, e);
        }
    }

    /** arn:aws:sqs:REGION:ACCOUNT:NAME */
    String queueName() {
        return deadLetterTargetArn.substring(deadLetterTargetArn.lastIndexOf(':') + 1);
    }

    String accountId() {
        String[] parts = deadLetterTargetArn.split(":");
        return parts.length == 6 ? parts[4] : "";
    }
}
