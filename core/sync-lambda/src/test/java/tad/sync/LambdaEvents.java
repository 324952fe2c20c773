package tad.sync;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType;
import java.nio.ByteBuffer;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.Record;

/** Builds the {@link DynamodbEvent} Lambda would deliver for stream records read with the SDK. */
final class LambdaEvents {
    static final String STREAM_ARN = "arn:aws:dynamodb:eu-west-2:000000000000:table/TattooDirectory/stream/test";

    private LambdaEvents() {
    }

    static DynamodbEvent of(List<Record> records) {
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(records.stream().map(LambdaEvents::record).toList());
        return event;
    }

    static DynamodbStreamRecord record(Record sdk) {
        var in = sdk.dynamodb();
        StreamRecord stream = new StreamRecord()
                .withKeys(map(in.keys()))
                .withSequenceNumber(in.sequenceNumber())
                .withSizeBytes(in.sizeBytes())
                .withStreamViewType(StreamViewType.fromValue(in.streamViewTypeAsString()));
        if (in.hasNewImage()) {
            stream.setNewImage(map(in.newImage()));
        }
        if (in.hasOldImage()) {
            stream.setOldImage(map(in.oldImage()));
        }
        if (in.approximateCreationDateTime() != null) {
            stream.setApproximateCreationDateTime(Date.from(in.approximateCreationDateTime()));
        }
        DynamodbStreamRecord out = new DynamodbStreamRecord();
        out.setEventID(sdk.eventID());
        out.setEventName(sdk.eventNameAsString());
        out.setEventVersion(sdk.eventVersion());
        out.setEventSource("aws:dynamodb");
        out.setAwsRegion("eu-west-2");
        out.setEventSourceARN(STREAM_ARN);
        out.setDynamodb(stream);
        return out;
    }

    private static Map<String, AttributeValue> map(Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> in) {
        Map<String, AttributeValue> out = new LinkedHashMap<>();
        in.forEach((k, v) -> out.put(k, value(v)));
        return out;
    }

    private static AttributeValue value(software.amazon.awssdk.services.dynamodb.model.AttributeValue v) {
        AttributeValue out = new AttributeValue();
        switch (v.type()) {
            case S -> out.setS(v.s());
            case N -> out.setN(v.n());
            case B -> out.setB(bytes(v.b()));
            case SS -> out.setSS(v.ss());
            case NS -> out.setNS(v.ns());
            case BS -> out.setBS(v.bs().stream().map(LambdaEvents::bytes).toList());
            case M -> out.setM(map(v.m()));
            case L -> out.setL(v.l().stream().map(LambdaEvents::value).toList());
            case BOOL -> out.setBOOL(v.bool());
            case NUL -> out.setNULL(true);
            default -> throw new IllegalArgumentException("unknown attribute type " + v.type());
        }
        return out;
    }

    private static ByteBuffer bytes(SdkBytes bytes) {
        return bytes.asByteBuffer();
    }
}
