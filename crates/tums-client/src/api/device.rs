//! 1.4.3 设备管理 — device management (tums-open-api.txt).
