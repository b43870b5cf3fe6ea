//! 1.4.1 AK/SK 管理 — temporary credentials (tums-open-api.txt).
