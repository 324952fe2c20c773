package tad.core.memory;

class InMemoryPageMemoryStoreTest extends PageMemoryStoreContract {
    private final InMemoryPageMemoryStore store = new InMemoryPageMemoryStore();

    @Override
    protected PageMemoryStore store() {
        return store;
    }
}
