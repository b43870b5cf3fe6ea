//! 1.4.9 车辆管理 — vehicle management and exports (tums-open-api.txt).
