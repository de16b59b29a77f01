package org.vaxline.platform.event;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Carries what a feature announces (a dose recorded, persons merged …) to the projections of other features that
 * subscribe. Delivery is synchronous, on the publisher's thread and so inside its transaction: a projection moves with
 * the entry that changed it, and a subscriber's failure rolls the entry back. The composition root wires subscribers;
 * a publisher never knows who listens.
 */
public final class EventBus {
    private final Map<Class<?>, List<Consumer<Object>>> subscribers = new ConcurrentHashMap<>();

    /** Subscribes to every event of this type (and of its subtypes), in the order of subscription. */
    public <E> void subscribe(Class<E> type, Consumer<? super E> subscriber) {
        subscribers.computeIfAbsent(type, t -> new CopyOnWriteArrayList<>()).add(event -> subscriber.accept(type.cast(event)));
    }

    /** Tells every subscriber of the event's type; call it inside the transaction that wrote what the event says. */
    public void publish(Object event) {
        subscribers.forEach((type, list) -> {
            if (type.isInstance(event)) {
                list.forEach(subscriber -> subscriber.accept(event));
            }
        });
    }
}
