//! 1.4.6 消息订阅 — message push subscription (configuration endpoints; the push payload lives in crate::webhook) (tums-open-api.txt).
