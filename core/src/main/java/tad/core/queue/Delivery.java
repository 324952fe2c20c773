package tad.core.queue;

/**
 * One received job. The receipt identifies this particular receive (SQS receipt handle, or the in-memory
 * queue's own token): ack and release need it, and an old receipt stops working once the job was re-delivered.
 *
 * @param receiveCount how many times the job has been received, this time included (1 on the first delivery)
 */
public record Delivery(CrawlJob job, String receipt, int receiveCount) {
}
