package tad.core.media;

/** Keeps the test double honest: it passes the same contract as the real adapters. */
class InMemoryMediaStoreTest extends MediaStoreContract {

    @Override
    protected MediaStore newStore() {
        return new InMemoryMediaStore();
    }
}
