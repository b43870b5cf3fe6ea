//! 1.4.2 分组管理 — regions (groups) (tums-open-api.txt).
