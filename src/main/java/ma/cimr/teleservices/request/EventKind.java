package ma.cimr.teleservices.request;

/** What can happen to a request; each is a line of its timeline. */
public enum EventKind {
    RECEIVED(true), ACKNOWLEDGED(true), ASSIGNED(true), NOTE(false), WAITING_FOR_REQUESTER(true), RESUMED(true),
    DELAY_NOTICE(true), ANSWERED(true), CLOSED(true), REOPENED(true), ESCALATED(true), RATED(true),
    DEADLINE_WARNING(false), LATE(false);

    private final boolean visibleToRequester;

    EventKind(boolean visibleToRequester) {
        this.visibleToRequester = visibleToRequester;
    }

    public boolean visibleToRequester() {
        return visibleToRequester;
    }
}
