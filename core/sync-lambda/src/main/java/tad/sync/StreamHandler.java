package tad.sync;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import java.util.List;
import tad.core.sync.IndexUpdater;

/**
 * The Lambda function on the table's DynamoDB stream (Terraform: {@code tad.sync.StreamHandler::handleRequest}):
 * keeps the OpenSearch index in line with the store. Failed records come back as batch item failures (the event
 * source mapping reports them with {@code ReportBatchItemFailures}), so one bad record never fails the whole
 * invocation; Lambda resumes from the lowest failed sequence number, which re-applies later records harmlessly.
 */
public final class StreamHandler implements RequestHandler<DynamodbEvent, StreamsEventResponse> {
    private final BatchSync sync;

    /** For Lambda: wires the production adapters from the environment, once per container. */
    public StreamHandler() {
        this(ProductionAdapters.fromEnvironment(System.getenv()).indexUpdater());
    }

    /** For tests and other hosts: applies changes through the given updater. */
    public StreamHandler(IndexUpdater updater) {
        this.sync = new BatchSync(updater);
    }

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        List<DynamodbEvent.DynamodbStreamRecord> records = event == null || event.getRecords() == null ? List.of()
                : event.getRecords();
        List<BatchItemFailure> failures = sync.apply(records).stream()
                .map(sequence -> BatchItemFailure.builder().withItemIdentifier(sequence).build())
                .toList();
        return StreamsEventResponse.builder().withBatchItemFailures(failures).build();
    }
}
